#pragma once
// Counts the bytes the whole process allocates while a piece of code runs, through the
// sanitizer runtime's malloc hook (AddressSanitizer builds: `make test` and build/test). A test
// that needs it skips itself elsewhere, saying why.
//
//   AllocationCount count;   // starts counting
//   parse(huge_body);
//   EXPECT_LT(count.bytes(), 1 << 20);

#include <atomic>
#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define HUSLY_COUNTS_ALLOCATIONS 1
extern "C" int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void*, size_t),
                                                         void (*free_hook)(const volatile void*));
#else
#define HUSLY_COUNTS_ALLOCATIONS 0
#endif

namespace husly::test {

class AllocationCount {
public:
    // Whether this build can count (else the test should GTEST_SKIP).
    static bool available() {
#if HUSLY_COUNTS_ALLOCATIONS
        static const bool installed = __sanitizer_install_malloc_and_free_hooks(on_malloc, on_free) != 0;
        return installed;
#else
        return false;
#endif
    }

    AllocationCount() {
        if (!available()) return;
        counted().store(0);
        counting().store(true);
    }
    ~AllocationCount() {
        counting().store(false);
    }
    AllocationCount(const AllocationCount&) = delete;
    AllocationCount& operator=(const AllocationCount&) = delete;

    // Bytes allocated (never minus those freed) since construction, by every thread.
    size_t bytes() const {
        return counted().load();
    }

private:
    static std::atomic<bool>& counting() {
        static std::atomic<bool> flag{false};
        return flag;
    }
    static std::atomic<size_t>& counted() {
        static std::atomic<size_t> total{0};
        return total;
    }
    static void on_malloc(const volatile void*, size_t size) {
        if (counting().load(std::memory_order_relaxed)) counted().fetch_add(size, std::memory_order_relaxed);
    }
    static void on_free(const volatile void*) {}
};

} // namespace husly::test
