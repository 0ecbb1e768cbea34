# Third-party libraries, all from Debian's packages (scripts/install-deps.sh installs them).
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED CONFIG)
find_package(nlohmann_json 3.11 REQUIRED CONFIG)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(fmt REQUIRED CONFIG)
find_package(CLI11 CONFIG QUIET)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# COIN-OR CLP (EPL): the linear programmes that check small-count suppression (domain/suppression.cpp).
pkg_check_modules(CLP REQUIRED IMPORTED_TARGET clp)

# SOCI ships no CMake config or pkg-config file: wrap its libraries in imported targets.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
foreach(part core sqlite3 postgresql)
  find_library(SOCI_${part}_LIBRARY NAMES soci_${part} REQUIRED)
  add_library(soci::${part} UNKNOWN IMPORTED)
  set_target_properties(soci::${part} PROPERTIES
    IMPORTED_LOCATION "${SOCI_${part}_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR}")
endforeach()
target_link_libraries(soci::core INTERFACE ${CMAKE_DL_LIBS} Threads::Threads)
target_link_libraries(soci::sqlite3 INTERFACE soci::core SQLite::SQLite3)
target_link_libraries(soci::postgresql INTERFACE soci::core PostgreSQL::PostgreSQL)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
