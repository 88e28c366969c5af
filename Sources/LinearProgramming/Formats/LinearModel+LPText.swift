extension LinearModel {
    /// The model as CPLEX LP text (readable by GLPK's `glp_read_lp` and `glpsol --lp`).
    ///
    /// Written in pure Swift after validation. Names are adjusted as GLPK's writer does; an
    /// objective constant is written as a comment, since the format has no constant term.
    public func lpText() throws(ModelError) -> String {
        var writer = LPTextWriter(model: try normalized())
        return writer.write()
    }
}
