#include "support/build_paths.hpp"

namespace husly::test::paths {

const char* source_dir() {
    return HUSLY_SOURCE_DIR;
}
const char* husly_binary() {
    return HUSLY_BINARY;
}
const char* openapi() {
    return HUSLY_SOURCE_DIR "/server/openapi.json";
}
const char* authorization_matrix() {
    return HUSLY_SOURCE_DIR "/server/tests/api/authorization_matrix.txt";
}
const char* survey_seed() {
    return HUSLY_SOURCE_DIR "/server/data/survey/fafo-2024-seed.txt";
}
const char* schema_dir() {
    return HUSLY_SOURCE_DIR "/server/tests/data";
}

} // namespace husly::test::paths
