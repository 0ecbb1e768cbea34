# Embeds text files as C++ string constants: cmake -DOUT_DIR=… -DCSV=… -DOPENAPI=… -DSURVEY=… -P embed.cmake
file(READ "${CSV}" KOMMUNER)
file(READ "${OPENAPI}" OPENAPI_JSON)
file(READ "${SURVEY}" SURVEY_JSON)
file(WRITE "${OUT_DIR}/embedded_data.hpp.tmp"
  "#pragma once\n#include <string_view>\nnamespace husly::embedded {\n"
  "extern const std::string_view kommuner_csv;\nextern const std::string_view openapi_json;\n"
  "extern const std::string_view survey_fafo_2024_json;\n}\n")
file(WRITE "${OUT_DIR}/embedded_data.cpp.tmp"
  "#include \"embedded_data.hpp\"\nnamespace husly::embedded {\n"
  "const std::string_view kommuner_csv = R\"husly_embed(${KOMMUNER})husly_embed\";\n"
  "const std::string_view openapi_json = R\"husly_embed(${OPENAPI_JSON})husly_embed\";\n"
  "const std::string_view survey_fafo_2024_json = R\"husly_embed(${SURVEY_JSON})husly_embed\";\n}\n")
file(COPY_FILE "${OUT_DIR}/embedded_data.hpp.tmp" "${OUT_DIR}/embedded_data.hpp" ONLY_IF_DIFFERENT)
file(COPY_FILE "${OUT_DIR}/embedded_data.cpp.tmp" "${OUT_DIR}/embedded_data.cpp" ONLY_IF_DIFFERENT)
