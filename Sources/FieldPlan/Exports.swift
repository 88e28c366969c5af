@_exported import FieldPlanFormats
@_exported import FieldPlanModel
@_exported import FieldPlanValidator
@_exported import FieldPlanSearch
@_exported import FieldPlanExact
