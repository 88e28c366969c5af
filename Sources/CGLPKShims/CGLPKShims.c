#include "CGLPKShims.h"
#include <glpk.h>
#include <string.h>

int fieldplan_glpk_thread_local(void) {
    const char *tls = glp_config("TLS");
    return tls != NULL && strlen(tls) > 0;
}
