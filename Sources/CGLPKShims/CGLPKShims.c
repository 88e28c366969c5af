#include "CGLPKShims.h"
#include <glpk.h>
#include <setjmp.h>
#include <stddef.h>
#include <string.h>

int fieldplan_glpk_thread_local(void) {
    const char *tls = glp_config("TLS");
    return tls != NULL && strlen(tls) > 0;
}

/* The jump target of the innermost guarded call on this thread. */
static _Thread_local jmp_buf *fieldplan_guard_target = NULL;

static void fieldplan_guard_hook(void *info) {
    (void)info;
    jmp_buf *target = fieldplan_guard_target;
    fieldplan_guard_target = NULL;
    /* GLPK's documented recovery: free the environment, then leave. */
    glp_free_env();
    longjmp(*target, 1);
}

#define FIELDPLAN_GUARDED(call)                                   \
    do {                                                          \
        jmp_buf target;                                           \
        jmp_buf *volatile previous = fieldplan_guard_target;      \
        if (setjmp(target) != 0) {                                \
            fieldplan_guard_target = previous;                    \
            return 1;                                             \
        }                                                         \
        fieldplan_guard_target = &target;                         \
        glp_error_hook(fieldplan_guard_hook, NULL);               \
        call;                                                     \
        glp_error_hook(NULL, NULL);                               \
        fieldplan_guard_target = previous;                        \
        return 0;                                                 \
    } while (0)

int fieldplan_guarded_load_matrix(void *problem, int count, const int *rows,
                                  const int *columns, const double *values) {
    FIELDPLAN_GUARDED(glp_load_matrix((glp_prob *)problem, count, rows, columns, values));
}

int fieldplan_guarded_simplex(void *problem, const void *parameters, int *result) {
    FIELDPLAN_GUARDED(*result = glp_simplex((glp_prob *)problem, (const glp_smcp *)parameters));
}

int fieldplan_guarded_intopt(void *problem, const void *parameters, int *result) {
    FIELDPLAN_GUARDED(*result = glp_intopt((glp_prob *)problem, (const glp_iocp *)parameters));
}
