/* The fuzz executable's entry point. SwiftPM links an executable target's entry point under the
 * name <Target>_main; this one hands control to libFuzzer's driver, which calls
 * LLVMFuzzerTestOneInput (defined in Swift, FuzzEntry.swift) for every input. */
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int FieldPlanFuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
