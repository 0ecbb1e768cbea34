#pragma once
// Files that hold person data are for Husly's own user only.

#include <string>

namespace husly {

// Creates `path` empty with mode 0600 if nothing is there yet (an existing file is left as it
// is): the SQLite database (its WAL and shared memory get the database's mode) and backups hold
// person data, readable by Husly's own user only, whatever the umask.
void create_private_file(const std::string& path);

} // namespace husly
