#ifndef CGLPK_SHIMS_H
#define CGLPK_SHIMS_H

/// Reports whether the linked GLPK keeps its environment per thread.
int fieldplan_glpk_thread_local(void);

/// Guarded GLPK calls: the second line of defence behind Swift-side validation.
///
/// Each runs one GLPK call under `setjmp` with a `glp_error_hook` that calls
/// `glp_free_env()` and `longjmp`s back. They return 0 when the call completed
/// (its own return code, if any, is stored in `*result`) and 1 when GLPK
/// reported an invalid call and was recovered. After a recovery GLPK's
/// environment of the calling thread was freed: every problem object of that
/// thread, including `problem`, is gone and must not be touched again.
/// Pointers are untyped so that this header does not include <glpk.h>:
/// `problem` is a `glp_prob *`, `parameters` a `const glp_smcp *` or
/// `const glp_iocp *`.
int fieldplan_guarded_load_matrix(void *problem, int count, const int *rows,
                                  const int *columns, const double *values);

/// Runs `glp_simplex` under the guard (see `fieldplan_guarded_load_matrix`).
int fieldplan_guarded_simplex(void *problem, const void *parameters, int *result);

/// Runs `glp_intopt` under the guard (see `fieldplan_guarded_load_matrix`).
int fieldplan_guarded_intopt(void *problem, const void *parameters, int *result);

#endif
