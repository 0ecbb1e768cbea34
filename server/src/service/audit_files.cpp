#include "service/audit_files.hpp"

#include "common/clock.hpp"
#include "common/log.hpp"
#include "store/audit_repository.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace husly::audit {
namespace {

std::unexpected<Error> file_error(const std::string& code, std::string message) {
    return fail(ErrorKind::unavailable, code, std::move(message));
}

// Writes all of `text` to `fd`, retrying short writes.
bool write_all(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        auto written = ::write(fd, text.data() + done, text.size() - done);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        done += static_cast<size_t>(written);
    }
    return true;
}

void sync_directory_of(const std::string& path) {
    auto parent = std::filesystem::path(path).parent_path();
    int fd = ::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

std::string default_key_path(const DatabaseUrl& url) {
    if (url.dialect == Dialect::sqlite) {
        std::filesystem::path database(url.sqlite_path);
        auto name = database.filename().string();
        if (name.size() > 3 && name.ends_with(".db")) name.resize(name.size() - 3);
        return (database.parent_path() / (name + ".audit-key")).string();
    }
    return "var/husly.audit-key";
}

std::string default_checkpoints_path(const std::string& key_path) {
    constexpr std::string_view suffix = ".audit-key";
    if (key_path.ends_with(suffix))
        return key_path.substr(0, key_path.size() - suffix.size()) + ".audit-checkpoints";
    return key_path + ".checkpoints";
}

Result<LoadedKey> load_or_create_key(const std::string& path) {
    LoadedKey loaded;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno != ENOENT)
            return file_error("audit_key",
                              fmt::format("Kan ikke lese nøkkelfilen {}: {}", path, std::strerror(errno)));
        auto parent = std::filesystem::path(path).parent_path();
        std::error_code ec;
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST) return load_or_create_key(path); // made by another process just now
        if (fd < 0)
            return file_error("audit_key",
                              fmt::format("Kan ikke lage nøkkelfilen {}: {}", path, std::strerror(errno)));
        auto key = AuditKey::generate();
        bool written = write_all(fd, key.to_hex() + "\n") && ::fsync(fd) == 0;
        ::close(fd);
        if (!written) {
            ::unlink(path.c_str());
            return file_error("audit_key", fmt::format("Kan ikke skrive nøkkelfilen {}.", path));
        }
        sync_directory_of(path);
        loaded.key = std::make_shared<const AuditKey>(key);
        loaded.created = true;
        return loaded;
    }
    if ((info.st_mode & (S_IROTH | S_IWOTH)) != 0)
        return file_error("audit_key",
                          fmt::format("Nøkkelfilen {} kan leses eller endres av alle brukere på maskinen. "
                                      "Gi den modus 600 (chmod 600 {}).",
                                      path, path));
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    auto key = AuditKey::from_hex(text.str());
    if (!file || !key)
        return file_error(
            "audit_key",
            fmt::format("Nøkkelfilen {} er ikke en Husly-nøkkel (64 heksadesimale tegn).", path));
    loaded.key = std::make_shared<const AuditKey>(*key);
    return loaded;
}

Status check_key(Connection& connection, const std::string& key_path) {
    auto anchor = audit_repository::anchor(connection);
    if (anchor_is_valid(anchor, connection.audit_key())) return {};
    return file_error(
        "audit_key_mismatch",
        fmt::format("Nøkkelfilen {} passer ikke til revisjonsloggen i denne databasen. Alle servere og "
                    "kommandoer mot samme database må bruke den samme nøkkelfilen (--audit-key-file, "
                    "HUSLY_AUDIT_KEY_FILE).",
                    key_path));
}

CheckpointFile::CheckpointFile(std::string path, std::shared_ptr<const AuditKey> key)
    : m_path(std::move(path)), m_key(std::move(key)) {}

Result<std::vector<AuditCheckpoint>> CheckpointFile::read() const {
    std::vector<AuditCheckpoint> checkpoints;
    std::ifstream file(m_path);
    if (!file) {
        if (errno == ENOENT || !std::filesystem::exists(m_path)) return checkpoints;
        return file_error("audit_checkpoints", fmt::format("Kan ikke lese kontrollpunktfilen {}.", m_path));
    }
    std::stringstream text;
    text << file.rdbuf();
    auto content = text.str();
    // A last line without its newline is a write still in progress (or cut by a crash): not yet a
    // checkpoint.
    content.resize(content.rfind('\n') == std::string::npos ? 0 : content.rfind('\n') + 1);
    std::istringstream lines(content);
    std::string line;
    int64_t number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (line.empty()) continue;
        auto parsed = parse_checkpoint_line(line, *m_key);
        if (!parsed.checkpoint)
            return fail(ErrorKind::validation, "audit_checkpoints_tampered",
                        fmt::format("Kontrollpunktfilen {} er endret: linje {} er ikke signert med "
                                    "revisjonsloggens nøkkel.",
                                    m_path, number));
        checkpoints.push_back(std::move(*parsed.checkpoint));
    }
    return checkpoints;
}

void CheckpointFile::append(const AuditCheckpoint& checkpoint) {
    auto parent = std::filesystem::path(m_path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error(
            fmt::format("kan ikke skrive kontrollpunktfilen {}: {}", m_path, std::strerror(errno)));
    // One write of one line with O_APPEND: lines from several processes never interleave.
    bool written = write_all(fd, format_checkpoint_line(checkpoint, *m_key) + "\n") && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) throw std::runtime_error(fmt::format("kan ikke skrive kontrollpunktfilen {}", m_path));
}

void CheckpointFile::record_head(Connection& connection, AuditCheckpoint::Kind kind) {
    std::lock_guard lock(m_mutex);
    AuditCheckpoint checkpoint;
    checkpoint.kind = kind;
    {
        Transaction transaction(connection, Transaction::Mode::read);
        auto head = audit_repository::head(connection);
        checkpoint.chain_id = audit_repository::anchor(connection).chain_id;
        checkpoint.id = head.last_id;
        checkpoint.hash = head.last_hash;
        transaction.commit();
    }
    if (checkpoint.chain_id.empty() || (checkpoint.id == 0 && kind == AuditCheckpoint::Kind::checkpoint))
        return;
    if (!m_loaded) { // the last this file holds for the chain, so a restart does not repeat it
        m_loaded = true;
        if (auto earlier = read())
            for (const auto& line : *earlier)
                if (line.chain_id == checkpoint.chain_id) {
                    m_last_chain = line.chain_id;
                    m_last_id = line.id;
                    m_last_hash = line.hash;
                }
    }
    if (kind == AuditCheckpoint::Kind::checkpoint && m_last_chain == checkpoint.chain_id &&
        m_last_id == checkpoint.id && m_last_hash == checkpoint.hash)
        return;
    checkpoint.written_at = format_instant(
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
    append(checkpoint);
    m_last_chain = checkpoint.chain_id;
    m_last_id = checkpoint.id;
    m_last_hash = checkpoint.hash;
}

AuditCheckpointer::AuditCheckpointer(Database& database, CheckpointFile& file, Cadence cadence)
    : m_database(database), m_file(file), m_cadence(cadence), m_connection(database.connect()),
      m_last_written(std::chrono::steady_clock::now()), m_thread([this] { run(); }) {}

AuditCheckpointer::~AuditCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    write_now();
}

void AuditCheckpointer::write_now() {
    try {
        m_file.record_head(*m_connection);
        m_last_written = std::chrono::steady_clock::now();
    } catch (const std::exception& error) {
        log::error("audit checkpoint failed", {{"file", m_file.path()}, {"error", error.what()}});
        try {
            m_connection->reconnect();
        } catch (const std::exception& reconnect_error) {
            // The database is down: the next round tries again.
            log::warn("audit checkpoint: database unreachable, retrying next round",
                      {{"error", reconnect_error.what()}});
        }
    }
}

void AuditCheckpointer::run() {
    try {
        m_last_id = audit_repository::head(*m_connection).last_id;
    } catch (const std::exception&) {
        m_last_id = -1; // counted from the first head read
    }
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, m_cadence.poll, [this] { return m_stopping; });
            if (m_stopping) return;
        }
        int64_t head = 0;
        try {
            head = audit_repository::head(*m_connection).last_id;
        } catch (const std::exception&) {
            write_now(); // logs and reconnects
            continue;
        }
        if (m_last_id < 0) m_last_id = head;
        bool due_by_count = head - m_last_id >= m_cadence.every_entries;
        bool due_by_time =
            head != m_last_id && std::chrono::steady_clock::now() - m_last_written >= m_cadence.every;
        if (due_by_count || due_by_time) {
            write_now();
            m_last_id = head;
        }
    }
}

} // namespace husly::audit
