#include "ui/logs/logworker.h"

#include "core/log/logreader.h"

namespace studio::ui {

LogWorker::LogWorker()
{
    m_thread = std::thread([this] { run(); });
}

LogWorker::~LogWorker()
{
    stop();
}

void LogWorker::open(const QString& path)
{
    Job job = [this, path](Context&) {
        m_reader.reset();
        m_openError.clear();
        if (path.isEmpty())
            return;
        Result<std::unique_ptr<LogReader>> reader = LogReader::open(path);
        if (reader)
            m_reader = std::move(reader).value();
        else
            m_openError = reader.error().message;
    };
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.push_back(Item {std::move(job), true});
        ++m_pending;
    }
    m_wake.notify_one();
}

void LogWorker::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.push_back(Item {std::move(job), false});
        ++m_pending;
    }
    m_wake.notify_one();
}

void LogWorker::clearQueue()
{
    std::lock_guard lock(m_mutex);
    m_pending -= int(std::erase_if(m_queue, [](const Item& item) { return !item.opens; }));
}

void LogWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_thread.joinable())
            return;
        m_stopping = true;
        m_pending -= int(m_queue.size());
        m_queue.clear();
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void LogWorker::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_queue.front().job);
            m_queue.pop_front();
        }
        Context context {m_reader.get(), m_openError};
        job(context);
        --m_pending;
    }
    m_reader.reset();
}

} // namespace studio::ui
