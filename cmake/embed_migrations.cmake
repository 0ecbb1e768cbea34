# Embeds the schema migrations (server/src/store/migrations/NNNN_name[.dialect].sql) as C++ string
# constants, in file name order: cmake -DOUT_DIR=… -DMIGRATIONS_DIR=… -P embed_migrations.cmake
file(GLOB FILES RELATIVE "${MIGRATIONS_DIR}" "${MIGRATIONS_DIR}/*.sql")
list(SORT FILES)
set(ENTRIES "")
foreach(NAME IN LISTS FILES)
  file(READ "${MIGRATIONS_DIR}/${NAME}" TEXT)
  string(APPEND ENTRIES "    {\"${NAME}\", R\"husly_embed(${TEXT})husly_embed\"},\n")
endforeach()
file(WRITE "${OUT_DIR}/embedded_migrations.hpp.tmp"
  "#pragma once\n#include <span>\n#include <string_view>\nnamespace husly::embedded {\n"
  "struct EmbeddedFile {\n    std::string_view name;\n    std::string_view text;\n};\n"
  "// server/src/store/migrations/*.sql, in file name order.\n"
  "extern const std::span<const EmbeddedFile> migrations;\n}\n")
file(WRITE "${OUT_DIR}/embedded_migrations.cpp.tmp"
  "#include \"embedded_migrations.hpp\"\nnamespace husly::embedded {\nnamespace {\n"
  "const EmbeddedFile files[] = {\n${ENTRIES}};\n}\n"
  "const std::span<const EmbeddedFile> migrations = files;\n}\n")
file(COPY_FILE "${OUT_DIR}/embedded_migrations.hpp.tmp" "${OUT_DIR}/embedded_migrations.hpp" ONLY_IF_DIFFERENT)
file(COPY_FILE "${OUT_DIR}/embedded_migrations.cpp.tmp" "${OUT_DIR}/embedded_migrations.cpp" ONLY_IF_DIFFERENT)
