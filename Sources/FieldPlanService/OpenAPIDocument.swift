/// The OpenAPI 3.1 document of the service (kept equal to `docs/openapi.json` by a test;
/// regenerate with `scripts/embed-openapi.py`).
enum OpenAPIDocument {
    /// The document's JSON text.
    static let text = #"""
    {
      "components": {
        "schemas": {
          "Health": {
            "additionalProperties": false,
            "properties": {
              "queued": {
                "type": "integer"
              },
              "running": {
                "type": "integer"
              },
              "status": {
                "const": "ok"
              }
            },
            "required": [
              "status",
              "queued",
              "running"
            ],
            "type": "object"
          },
          "Job": {
            "additionalProperties": false,
            "properties": {
              "attempts": {
                "minimum": 0,
                "type": "integer"
              },
              "createdAt": {
                "format": "date-time",
                "type": "string"
              },
              "error": {
                "type": "string"
              },
              "id": {
                "type": "string"
              },
              "options": {
                "$ref": "#/components/schemas/Options"
              },
              "plan": {
                "$ref": "#/components/schemas/Plan"
              },
              "progress": {
                "$ref": "#/components/schemas/Progress"
              },
              "status": {
                "enum": [
                  "queued",
                  "running",
                  "done",
                  "failed",
                  "cancelled"
                ]
              },
              "updatedAt": {
                "format": "date-time",
                "type": "string"
              }
            },
            "required": [
              "id",
              "status",
              "attempts",
              "createdAt",
              "updatedAt",
              "options"
            ],
            "type": "object"
          },
          "Options": {
            "additionalProperties": false,
            "properties": {
              "bound": {
                "description": "Add a column-generation lower bound on the optimal cost and the gap to the plan's summary (as `fieldplan solve --bound`). 400 when the scenario's objective has no valid bound.",
                "type": "boolean"
              },
              "boundTimeLimit": {
                "description": "Seconds for the bound (only with bound: true); default: the timeLimit, capped by --max-time-limit.",
                "exclusiveMinimum": 0,
                "type": "number"
              },
              "iterations": {
                "minimum": 0,
                "type": "integer"
              },
              "seed": {
                "minimum": 0,
                "type": "integer"
              },
              "strategy": {
                "description": "greedy, regret, local-search, lns (default), mip, slots, lns+sp",
                "type": "string"
              },
              "timeLimit": {
                "description": "Seconds; default 10, capped by --max-time-limit.",
                "exclusiveMinimum": 0,
                "type": "number"
              }
            },
            "type": "object"
          },
          "Plan": {
            "description": "The plan JSON contract (PlanWriter; docs/scenario-format.md).",
            "properties": {
              "routes": {
                "items": {
                  "properties": {
                    "stops": {
                      "items": {
                        "properties": {
                          "type": {
                            "enum": [
                              "visit",
                              "break"
                            ]
                          },
                          "visit": {
                            "type": "string"
                          }
                        },
                        "required": [
                          "type",
                          "arrival",
                          "start",
                          "end"
                        ],
                        "type": "object"
                      },
                      "type": "array"
                    },
                    "technician": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "technician",
                    "start",
                    "end",
                    "stops"
                  ],
                  "type": "object"
                },
                "type": "array"
              },
              "summary": {
                "properties": {
                  "assigned": {
                    "type": "integer"
                  },
                  "bound": {
                    "description": "With options.bound: a lower bound on the optimal cost.",
                    "type": [
                      "number",
                      "string"
                    ]
                  },
                  "cost": {
                    "type": [
                      "number",
                      "string"
                    ]
                  },
                  "gap": {
                    "description": "With options.bound: (cost - bound) / cost, 0 when the plan is proved optimal.",
                    "type": [
                      "number",
                      "string"
                    ]
                  },
                  "routes": {
                    "type": "integer"
                  },
                  "status": {
                    "type": "string"
                  },
                  "strategy": {
                    "type": "string"
                  },
                  "unassigned": {
                    "type": "integer"
                  }
                },
                "required": [
                  "cost",
                  "routes",
                  "assigned",
                  "unassigned",
                  "status",
                  "strategy"
                ],
                "type": "object"
              },
              "unassigned": {
                "items": {
                  "properties": {
                    "reasons": {
                      "items": {
                        "properties": {
                          "code": {
                            "description": "The reason's stable code (docs/errors.md, docs/explanations.md).",
                            "enum": [
                              "no-qualified-technician",
                              "no-allowed-technician",
                              "no-window-in-shift",
                              "deadline-unreachable",
                              "capacity",
                              "follow-up-unsatisfiable",
                              "cost-exceeds-penalty",
                              "no-room",
                              "not-analysed"
                            ],
                            "type": "string"
                          },
                          "message": {
                            "type": "string"
                          }
                        },
                        "required": [
                          "code",
                          "message"
                        ],
                        "type": "object"
                      },
                      "type": "array"
                    },
                    "visit": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "visit",
                    "reasons"
                  ],
                  "type": "object"
                },
                "type": "array"
              }
            },
            "required": [
              "routes",
              "unassigned",
              "summary"
            ],
            "type": "object"
          },
          "PlanRequest": {
            "additionalProperties": false,
            "properties": {
              "options": {
                "$ref": "#/components/schemas/Options"
              },
              "scenario": {
                "description": "A scenario in FieldPlan's JSON format (docs/scenario-format.md).",
                "type": "object"
              }
            },
            "required": [
              "scenario"
            ],
            "type": "object"
          },
          "Problem": {
            "additionalProperties": false,
            "description": "RFC 9457 problem details.",
            "properties": {
              "detail": {
                "type": "string"
              },
              "errors": {
                "items": {
                  "additionalProperties": false,
                  "properties": {
                    "code": {
                      "type": "string"
                    },
                    "detail": {
                      "type": "string"
                    },
                    "pointer": {
                      "description": "JSON pointer (RFC 6901) into the request body.",
                      "type": "string"
                    }
                  },
                  "required": [
                    "pointer",
                    "code",
                    "detail"
                  ],
                  "type": "object"
                },
                "type": "array"
              },
              "status": {
                "type": "integer"
              },
              "title": {
                "type": "string"
              },
              "type": {
                "format": "uri",
                "type": "string"
              }
            },
            "required": [
              "type",
              "title",
              "status",
              "detail"
            ],
            "type": "object"
          },
          "Progress": {
            "additionalProperties": false,
            "properties": {
              "bestCost": {
                "type": "number"
              },
              "elapsedSeconds": {
                "type": "number"
              },
              "iteration": {
                "type": "integer"
              }
            },
            "required": [
              "bestCost",
              "elapsedSeconds",
              "iteration"
            ],
            "type": "object"
          },
          "VROOMSolution": {
            "properties": {
              "code": {
                "type": "integer"
              },
              "routes": {
                "items": {
                  "properties": {
                    "cost": {
                      "type": "integer"
                    },
                    "duration": {
                      "type": "integer"
                    },
                    "service": {
                      "type": "integer"
                    },
                    "steps": {
                      "items": {
                        "properties": {
                          "arrival": {
                            "type": "integer"
                          },
                          "duration": {
                            "type": "integer"
                          },
                          "id": {
                            "type": "integer"
                          },
                          "service": {
                            "type": "integer"
                          },
                          "type": {
                            "enum": [
                              "start",
                              "job",
                              "pickup",
                              "delivery",
                              "break",
                              "end"
                            ]
                          },
                          "waiting_time": {
                            "type": "integer"
                          }
                        },
                        "required": [
                          "type",
                          "arrival",
                          "duration",
                          "service",
                          "waiting_time"
                        ],
                        "type": "object"
                      },
                      "type": "array"
                    },
                    "vehicle": {
                      "type": "integer"
                    },
                    "waiting_time": {
                      "type": "integer"
                    }
                  },
                  "required": [
                    "vehicle",
                    "cost",
                    "steps",
                    "service",
                    "duration",
                    "waiting_time"
                  ],
                  "type": "object"
                },
                "type": "array"
              },
              "summary": {
                "properties": {
                  "amount": {
                    "items": {
                      "type": "integer"
                    },
                    "type": "array"
                  },
                  "cost": {
                    "type": "integer"
                  },
                  "delivery": {
                    "items": {
                      "type": "integer"
                    },
                    "type": "array"
                  },
                  "distance": {
                    "type": "integer"
                  },
                  "duration": {
                    "type": "integer"
                  },
                  "pickup": {
                    "items": {
                      "type": "integer"
                    },
                    "type": "array"
                  },
                  "priority": {
                    "type": "integer"
                  },
                  "routes": {
                    "type": "integer"
                  },
                  "service": {
                    "type": "integer"
                  },
                  "setup": {
                    "type": "integer"
                  },
                  "unassigned": {
                    "type": "integer"
                  },
                  "violations": {
                    "type": "array"
                  },
                  "waiting_time": {
                    "type": "integer"
                  }
                },
                "required": [
                  "cost",
                  "routes",
                  "unassigned",
                  "service",
                  "duration",
                  "waiting_time",
                  "setup",
                  "priority"
                ],
                "type": "object"
              },
              "unassigned": {
                "items": {
                  "properties": {
                    "id": {
                      "type": "integer"
                    },
                    "location": {
                      "type": "array"
                    },
                    "type": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "id",
                    "type"
                  ],
                  "type": "object"
                },
                "type": "array"
              }
            },
            "required": [
              "code",
              "summary",
              "unassigned",
              "routes"
            ],
            "type": "object"
          },
          "ValidateRequest": {
            "additionalProperties": false,
            "properties": {
              "distanceConvention": {
                "enum": [
                  "exact",
                  "dimacs"
                ]
              },
              "plan": {
                "$ref": "#/components/schemas/Plan"
              },
              "scenario": {
                "type": "object"
              }
            },
            "required": [
              "scenario",
              "plan"
            ],
            "type": "object"
          },
          "ValidationReport": {
            "additionalProperties": false,
            "properties": {
              "recomputed": {
                "additionalProperties": {
                  "type": "number"
                },
                "required": [
                  "cost",
                  "routes",
                  "assigned",
                  "unassigned",
                  "distance",
                  "travelTime",
                  "lateness",
                  "overtime"
                ],
                "type": "object"
              },
              "valid": {
                "type": "boolean"
              },
              "violations": {
                "items": {
                  "additionalProperties": false,
                  "properties": {
                    "code": {
                      "type": "string"
                    },
                    "message": {
                      "type": "string"
                    },
                    "technician": {
                      "type": "string"
                    },
                    "visit": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "code",
                    "message"
                  ],
                  "type": "object"
                },
                "type": "array"
              }
            },
            "required": [
              "valid",
              "violations",
              "recomputed"
            ],
            "type": "object"
          }
        },
        "securitySchemes": {
          "bearer": {
            "description": "API key from --api-keys or FIELDPLAN_API_KEYS; not needed in open mode (loopback, no keys).",
            "scheme": "bearer",
            "type": "http"
          }
        }
      },
      "info": {
        "description": "Plans a day of field-service work over HTTP. See docs/service.md.",
        "title": "FieldPlan planning service",
        "version": "1.0.0"
      },
      "openapi": "3.1.0",
      "paths": {
        "/health": {
          "get": {
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Health"
                    }
                  }
                },
                "description": "The service is up."
              }
            },
            "security": [],
            "summary": "Liveness"
          }
        },
        "/metrics": {
          "get": {
            "responses": {
              "200": {
                "content": {
                  "text/plain": {
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "description": "Prometheus text exposition format 0.0.4."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "Prometheus metrics"
          }
        },
        "/openapi.json": {
          "get": {
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object"
                    }
                  }
                },
                "description": "OpenAPI 3.1 document."
              }
            },
            "security": [],
            "summary": "This document"
          }
        },
        "/v1/plans": {
          "post": {
            "parameters": [
              {
                "description": "Seconds to wait for the job to finish (at most 300).",
                "in": "query",
                "name": "wait",
                "required": false,
                "schema": {
                  "minimum": 0,
                  "type": "number"
                }
              }
            ],
            "requestBody": {
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/PlanRequest"
                  }
                }
              },
              "required": true
            },
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Job"
                    }
                  }
                },
                "description": "The job finished within `wait` seconds."
              },
              "202": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Job"
                    }
                  }
                },
                "description": "Accepted; poll the Location.",
                "headers": {
                  "Location": {
                    "description": "The job's URL.",
                    "schema": {
                      "type": "string"
                    }
                  }
                }
              },
              "400": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Invalid JSON, scenario or options; `errors` point at each offending field."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "413": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "The body or the scenario is larger than the server's limits."
              },
              "429": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "The API key has too many jobs queued or running."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "Submit a planning job"
          }
        },
        "/v1/plans/{id}": {
          "delete": {
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Job"
                    }
                  }
                },
                "description": "The job after cancelling: cancelled, with its best plan so far. With a PostgreSQL queue the worker stops at its next heartbeat; the server waits up to three heartbeats for it, so a job still shown running stops shortly after."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "404": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "No such job."
              },
              "409": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "The job has already finished."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "Cancel a job (a running job keeps its best plan so far)"
          },
          "get": {
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Job"
                    }
                  }
                },
                "description": "The job."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "404": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "No such job."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "A job's state, progress and plan"
          },
          "parameters": [
            {
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        "/v1/plans/{id}/events": {
          "get": {
            "description": "`event: progress` with `data: {id, status, progress}` while running; the stream ends with an event named after the final status (`done`, `failed`, `cancelled`).",
            "responses": {
              "200": {
                "content": {
                  "text/event-stream": {
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "description": "An event stream."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "404": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "No such job."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "Server-sent events of a job's progress"
          },
          "parameters": [
            {
              "in": "path",
              "name": "id",
              "required": true,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        "/v1/validate": {
          "post": {
            "requestBody": {
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/ValidateRequest"
                  }
                }
              },
              "required": true
            },
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ValidationReport"
                    }
                  }
                },
                "description": "The validator's report."
              },
              "400": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Invalid scenario or plan."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "413": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Too large."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "Check a plan against its scenario"
          }
        },
        "/vroom": {
          "post": {
            "requestBody": {
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object"
                  }
                }
              },
              "required": true
            },
            "responses": {
              "200": {
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/VROOMSolution"
                    }
                  }
                },
                "description": "VROOM-shaped solution."
              },
              "400": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Invalid or unsupported VROOM input."
              },
              "401": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Missing or unknown API key."
              },
              "413": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Too large."
              },
              "500": {
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                },
                "description": "Internal error."
              }
            },
            "summary": "Solve a VROOM problem (subset of VROOM's JSON input; see docs/service.md)"
          }
        }
      },
      "security": [
        {
          "bearer": []
        }
      ],
      "servers": [
        {
          "url": "http://127.0.0.1:8080"
        }
      ]
    }
    """#
}
