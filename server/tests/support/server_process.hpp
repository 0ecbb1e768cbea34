#pragma once
// The real husly binary as its own process: a server on a database URL (started, stopped,
// killed), and one-shot commands (migrate, backup, restore, audit verify…).

#include <string>
#include <sys/types.h>
#include <vector>

namespace husly::test {

// The test build's husly binary (set by CMake).
const char* husly_binary();

// A loopback port nobody listens on right now.
unsigned short free_port();

struct CommandResult {
    int exit_code{-1};
    std::string output; // stdout and stderr
};
// Runs `husly ARGS…` and waits for it.
CommandResult run_husly(const std::vector<std::string>& arguments);
// Runs a shell command line (environment assignments, scripts, mount…) and waits for it.
CommandResult run_shell(const std::string& command);

struct ServerOptions {
    // How the database URL reaches the server: --db URL, HUSLY_DB=URL, or --db-file FILE.
    enum class Database { argument, environment, file } database{Database::argument};
    std::vector<std::string> arguments;   // more `husly serve` options
    std::vector<std::string> environment; // more NAME=value variables
    int max_open_files{0};                // RLIMIT_NOFILE for the server (0: as the tests have it)
};

class ServerProcess {
public:
    // Starts `husly serve` on the URL and port; its log goes to `log_file` (or nowhere).
    ServerProcess(const std::string& database_url, unsigned short port, const std::string& log_file = "",
                  const ServerOptions& options = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return m_port; }
    // Waits up to 10 s for /healthz to answer.
    bool wait_ready() const;
    // SIGKILL: no chance to finish anything (a crash or a pulled plug).
    void kill_hard();
    // SIGTERM and wait: returns the exit code.
    int stop();
    // Still running (not exited or killed)?
    bool running();
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid{0};
    unsigned short m_port;
    std::string m_url_file; // --db-file's file, removed when the server is gone
};

} // namespace husly::test
