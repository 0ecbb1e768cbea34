#include "store/private_file.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace husly {

void create_private_file(const std::string& path) {
    if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return;
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) ::close(fd); // an empty file is a new database to SQLite
}

} // namespace husly
