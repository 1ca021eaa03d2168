#include "metricshook.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {
MetricsFactory &factoryInstance()
{
    static MetricsFactory factory;
    return factory;
}
} // namespace

std::optional<MetricsEndpoint> parseMetricsEndpoint(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<MetricsEndpoint> {
        if (error)
            *error = u"--metrics '%1': %2"_s.arg(text, why);
        return std::nullopt;
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return fail(u"expected ADDR:PORT, e.g. 127.0.0.1:9187"_s);
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(u"the port must be a number from 1 to 65535"_s);
    MetricsEndpoint endpoint;
    endpoint.port = quint16(port);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host == "*"_L1)
        endpoint.address = QHostAddress(QHostAddress::Any);
    else if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        endpoint.address = QHostAddress(QHostAddress::LocalHost);
    else if (!endpoint.address.setAddress(host))
        return fail(u"'%1' is not an IP address (or localhost)"_s.arg(host));
    return endpoint;
}

void setMetricsFactory(MetricsFactory factory)
{
    factoryInstance() = std::move(factory);
}

const MetricsFactory &metricsFactory()
{
    return factoryInstance();
}

} // namespace Portolan
