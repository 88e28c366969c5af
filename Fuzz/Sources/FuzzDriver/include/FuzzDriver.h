#ifndef FIELDPLAN_FUZZ_DRIVER_H
#define FIELDPLAN_FUZZ_DRIVER_H
/* libFuzzer's driver entry point (LLVM >= 11); the fuzz executable's main hands over to it. */
#endif
