#pragma once
// Where the tests find the checkout's files and the server binary. Only build_paths.cpp is
// compiled with these absolute paths: a clone in another folder (CI's) then finds every other test
// file in the compiler cache, since no other compile command names the folder.

namespace husly::test::paths {

const char* source_dir(); // the checkout
const char* husly_binary();
const char* openapi(); // server/openapi.json
const char* authorization_matrix();
const char* survey_seed();
const char* schema_dir(); // server/tests/data

} // namespace husly::test::paths
