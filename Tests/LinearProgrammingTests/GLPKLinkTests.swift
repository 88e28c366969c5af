import LinearProgramming
import Testing

@Test func linksAgainstGLPKFive() {
    #expect(GLPKLibrary.version.hasPrefix("5."))
}
