internal import CGLPK

/// Facts about the GLPK library FieldPlan is linked against.
public enum GLPKLibrary {
    /// GLPK's version string, e.g. `5.0`.
    public static var version: String { String(cString: glp_version()) }
}
