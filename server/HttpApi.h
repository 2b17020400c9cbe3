#pragma once

#include "server/Accounts.h"
#include "server/ServerConfig.h"
#include "server/SyncService.h"

#include <memory>

namespace httplib {
class Server;
}

namespace baza::server {

// The HTTP(S) front: routes, protocol version check, size limits, timeouts, gzip and one JSON
// log line per request. All state is in PostgreSQL; any number of instances can run side by
// side behind a load balancer.
class HttpApi
{
public:
    HttpApi(const ServerConfig& config, PgPool& pool);
    ~HttpApi();

    // Binds the listening socket; false with a message when the port or certificate is bad.
    Status bind();
    // Serves until stop(); blocks.
    void run();
    void stop();
    int port() const { return m_port; }

private:
    void routes();

    ServerConfig m_config;
    PgPool& m_pool;
    Accounts m_accounts;
    SyncService m_sync;
    std::unique_ptr<httplib::Server> m_server;
    int m_port = 0;
};

} // namespace baza::server
