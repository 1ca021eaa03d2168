#pragma once

#include <QObject>

class QSocketNotifier;

namespace Portolan::Cli {

// SIGINT and SIGTERM as a Qt signal, from the event loop (a self-pipe: the handler only
// writes a byte). One instance at a time; the default handlers come back when it is deleted.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Portolan::Cli
