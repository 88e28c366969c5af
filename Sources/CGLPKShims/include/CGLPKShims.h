#ifndef CGLPK_SHIMS_H
#define CGLPK_SHIMS_H

/// Reports whether the linked GLPK keeps its environment per thread.
int fieldplan_glpk_thread_local(void);

#endif
