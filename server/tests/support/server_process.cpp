#include "support/server_process.hpp"

#include "support/build_paths.hpp"
#include "support/http_client.hpp"
#include "support/test_database.hpp"

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace husly::test {

const char* husly_binary() {
    return husly::test::paths::husly_binary();
}

unsigned short free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

namespace {

pid_t spawn(const std::vector<std::string>& arguments, const std::string& output_file, int* pipe_read,
            const ServerOptions& options = {}) {
    std::vector<std::string> args{husly_binary()};
    std::string program = husly_binary();
    if (options.max_open_files > 0) {
        // Through a shell that lowers the limit and then becomes husly (same process id).
        program = "/bin/sh";
        args = {"/bin/sh", "-c",
                "ulimit -n " + std::to_string(options.max_open_files) + " && exec \"$0\" \"$@\"",
                husly_binary()};
    }
    args.insert(args.end(), arguments.begin(), arguments.end());
    std::vector<std::string> environment;
    for (char** variable = environ; *variable; ++variable) environment.emplace_back(*variable);
    environment.insert(environment.end(), options.environment.begin(), options.environment.end());
    std::vector<char*> envp;
    envp.reserve(environment.size() + 1);
    for (auto& variable : environment) envp.push_back(variable.data());
    envp.push_back(nullptr);
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    std::array<int, 2> fds{-1, -1};
    if (pipe_read) {
        if (pipe(fds.data()) != 0) throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
    } else {
        const char* target = output_file.empty() ? "/dev/null" : output_file.c_str();
        posix_spawn_file_actions_addopen(&actions, 1, target, O_WRONLY | O_CREAT | O_APPEND, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    pid_t pid = 0;
    if (posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data()) != 0) pid = 0;
    posix_spawn_file_actions_destroy(&actions);
    if (pipe_read) {
        close(fds[1]);
        *pipe_read = fds[0];
    }
    if (pid == 0) throw std::runtime_error("could not start husly");
    return pid;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

// Everything until the other end closes.
std::string read_all(int fd) {
    std::string output;
    std::array<char, 4096> buffer{};
    ssize_t n = 0;
    while ((n = read(fd, buffer.data(), buffer.size())) > 0 || (n < 0 && errno == EINTR))
        if (n > 0) output.append(buffer.data(), static_cast<size_t>(n));
    return output;
}

} // namespace

CommandResult run_husly(const std::vector<std::string>& arguments) {
    int output_fd = -1;
    pid_t pid = spawn(arguments, "", &output_fd);
    CommandResult result;
    result.output = read_all(output_fd);
    close(output_fd);
    result.exit_code = wait_for(pid);
    return result;
}

CommandResult run_shell(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    result.output = read_all(fileno(pipe));
    int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

ServerProcess::ServerProcess(const std::string& database_url, unsigned short port,
                             const std::string& log_file, const ServerOptions& options)
    : m_port(port) {
    std::vector<std::string> arguments{
        "serve", "--port", std::to_string(port), "--web-root", "/nonexistent", "--workers", "4"};
    ServerOptions spawned = options;
    switch (options.database) {
    case ServerOptions::Database::argument:
        arguments.insert(arguments.end(), {"--db", database_url});
        break;
    case ServerOptions::Database::environment:
        spawned.environment.push_back("HUSLY_DB=" + database_url);
        break;
    case ServerOptions::Database::file: {
        m_url_file = temp_path("db-url-" + std::to_string(port));
        std::ofstream(m_url_file) << database_url << "\n";
        arguments.insert(arguments.end(), {"--db-file", m_url_file});
        break;
    }
    }
    arguments.insert(arguments.end(), options.arguments.begin(), options.arguments.end());
    m_pid = spawn(arguments, log_file, nullptr, spawned);
}

bool ServerProcess::running() {
    if (m_pid <= 0) return false;
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_pid = 0;
        return false;
    }
    return true;
}

ServerProcess::~ServerProcess() {
    if (m_pid > 0) stop();
    if (!m_url_file.empty()) std::remove(m_url_file.c_str());
}

bool ServerProcess::wait_ready() const {
    // Up to a minute: the sanitizer build starts in well under a second on an idle machine, but
    // a loaded one (parallel tests, other builds) can take many; a slow start is not the failure.
    for (int attempt = 0; attempt < 600; ++attempt) {
        try {
            if (HttpClient(m_port).get("/healthz").status == 200) return true;
        } catch (const std::exception&) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

void ServerProcess::kill_hard() {
    if (m_pid <= 0) return;
    kill(m_pid, SIGKILL);
    wait_for(m_pid);
    m_pid = 0;
}

int ServerProcess::stop() {
    if (m_pid <= 0) return -1;
    kill(m_pid, SIGTERM);
    int code = wait_for(m_pid);
    m_pid = 0;
    return code;
}

} // namespace husly::test
