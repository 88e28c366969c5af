import Foundation

/// libFuzzer's entry point: one input per call, run through the target `FUZZ_TARGET` names.
/// A crash, a trap or a sanitizer report is a finding; so is a broken promise the pipelines check
/// (an issue without a location, an invalid plan).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTarget.selected.run(Data(bytes: bytes, count: count))
    return 0
}
