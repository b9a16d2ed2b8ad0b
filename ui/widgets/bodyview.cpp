#include "ui/widgets/bodyview.h"

#include "core/json/htmltext.h"
#include "core/json/jsonpretty.h"
#include "core/json/jsontree.h"
#include "core/json/worker.h"
#include "core/json/xmlpretty.h"
#include "ui/noticebar.h"
#include "ui/settings.h"
#include "ui/widgets/hexview.h"
#include "ui/widgets/jsontreemodel.h"
#include "ui/widgets/searchbar.h"
#include "ui/widgets/textview.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace studio::ui {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// A tree value as the user wants it on the clipboard: strings without quotes and escapes, other scalars as
/// written. Containers are handled by the caller.
QString scalarText(const json::JsonNode& node, const QByteArray& bytes)
{
    if (node.type == json::JsonType::String)
        return json::decodeJsonString(bytes);
    return QString::fromUtf8(bytes);
}

} // namespace

BodyView::BodyView(QWidget* parent)
    : QWidget(parent)
    , m_searchDelay(new QTimer(this))
    , m_modeBar(new QTabBar(this))
    , m_info(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QToolButton(this))
    , m_foldAll(new QToolButton(this))
    , m_unfoldAll(new QToolButton(this))
    , m_findButton(new QToolButton(this))
    , m_notice(new NoticeBar(this))
    , m_formatAnyway(new QAction(tr("Format anyway"), this))
    , m_showError(new QAction(tr("Show in Raw"), this))
    , m_pages(new QStackedWidget(this))
    , m_pretty(new TextView(this))
    , m_treePage(new QStackedWidget(this))
    , m_treeMessage(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_raw(new TextView(this))
    , m_rendered(new TextView(this))
    , m_hex(new HexView(this))
    , m_empty(new QLabel(this))
    , m_search(new SearchBar(this))
{
    m_modeBar->setDrawBase(false);
    m_modeBar->setExpanding(false);
    m_modeBar->setDocumentMode(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop formatting and show the raw text"));
    m_stop->setAutoRaise(true);
    m_stop->hide();
    m_foldAll->setText(tr("Fold all"));
    m_foldAll->setToolTip(tr("Fold every object and array below the top level (Ctrl+Shift+[ folds at the cursor)"));
    m_foldAll->setAutoRaise(true);
    m_unfoldAll->setText(tr("Unfold all"));
    m_unfoldAll->setAutoRaise(true);
    m_findButton->setText(tr("Find"));
    m_findButton->setToolTip(tr("Find in the body (Ctrl+F)"));
    m_findButton->setAutoRaise(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 4, 0);
    bar->addWidget(m_modeBar);
    bar->addStretch(1);
    bar->addWidget(m_info);
    bar->addWidget(m_progress);
    bar->addWidget(m_stop);
    bar->addWidget(m_foldAll);
    bar->addWidget(m_unfoldAll);
    bar->addWidget(m_findButton);

    m_pretty->setSyntax(TextView::Syntax::Json);
    m_raw->setSyntax(TextView::Syntax::Plain);
    m_rendered->setSyntax(TextView::Syntax::Plain);
    m_treeMessage->setAlignment(Qt::AlignCenter);
    m_treeMessage->setWordWrap(true);
    m_treeMessage->setForegroundRole(QPalette::PlaceholderText);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 260);
    m_tree->setColumnWidth(JsonTreeModel::TypeColumn, 80);
    m_treePage->addWidget(m_treeMessage);
    m_treePage->addWidget(m_tree);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_pretty);
    m_pages->addWidget(m_treePage);
    m_pages->addWidget(m_raw);
    m_pages->addWidget(m_rendered);
    m_pages->addWidget(m_hex);
    m_pages->addWidget(m_empty);
    m_search->hide();
    m_notice->setClosable(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_search);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &BodyView::runSearch);
    connect(m_search, &SearchBar::queryChanged, this, [this] { m_searchDelay->start(); });
    connect(m_search, &SearchBar::nextRequested, this, &BodyView::findNext);
    connect(m_search, &SearchBar::previousRequested, this, &BodyView::findPrevious);
    connect(m_search, &SearchBar::closed, this, [this] {
        m_searchDelay->stop();
        if (m_searchJob)
            m_searchJob->cancel();
        m_searchRunning = false;
        for (TextView* view : {m_pretty, m_raw, m_rendered})
            view->clearMatches();
        m_searchTotal = 0;
        if (TextView* view = currentTextView())
            view->setFocus();
    });
    connect(m_modeBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            setMode(m_modeBar->tabData(index).value<Mode>());
    });
    connect(m_foldAll, &QToolButton::clicked, this, [this] { m_pretty->foldAll(); });
    connect(m_unfoldAll, &QToolButton::clicked, this, [this] { m_pretty->unfoldAll(); });
    connect(m_findButton, &QToolButton::clicked, this, &BodyView::find);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        if (m_prettyState == JobState::Running) {
            if (m_prettyJob)
                m_prettyJob->cancel();
            m_prettyState = JobState::Idle;
            m_pretty->setPlaceholderText(tr("Formatting was stopped."));
            setModes({Mode::Raw});
            m_notice->showMessage(NoticeBar::Level::Information, tr("Formatting was stopped; showing the raw text."));
            m_notice->addActionButton(m_formatAnyway);
        }
        updateProgress();
    });
    connect(m_formatAnyway, &QAction::triggered, this, &BodyView::formatAnyway);
    connect(m_showError, &QAction::triggered, this, [this] {
        if (m_jsonError.offset < 0 || !m_modes.contains(Mode::Raw))
            return;
        setMode(Mode::Raw);
        m_raw->setFocus();
        // The raw view may still be indexing: select when the error's line is there.
        const qint64 offset = m_jsonError.offset;
        const auto reveal = [this, offset] { m_raw->select(offset, std::min(offset + 1, m_raw->document().size())); };
        if (m_raw->document().size() > offset || m_rawState == JobState::Done)
            reveal();
        else
            connect(this, &BodyView::rawFinished, this, reveal, Qt::SingleShotConnection);
    });
    connect(m_treeModel, &JsonTreeModel::loadingChanged, this, [this] { updateProgress(); });
    connect(m_treeModel, &JsonTreeModel::rootListed, this, [this] {
        m_treePage->setCurrentWidget(m_tree);
        // The top level of a small document is worth seeing expanded.
        if (m_treeModel->rowCount() <= 20) {
            for (int row = 0; row < m_treeModel->rowCount(); ++row) {
                const QModelIndex index = m_treeModel->index(row, 0);
                if (m_treeModel->hasChildren(index) && m_treeModel->node(index)->childCount <= 50)
                    m_tree->expand(index);
            }
        }
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (!index.isValid())
            return;
        m_tree->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(tr("Copy value"), this, &BodyView::copyTreeValue);
        menu.addAction(tr("Copy path"), this, &BodyView::copyTreePath);
        if (m_treeModel->node(index) && !m_treeModel->node(index)->key.isEmpty()) {
            menu.addAction(tr("Copy key"), this, [this, key = m_treeModel->node(index)->key] {
                QApplication::clipboard()->setText(key);
                showInfo(tr("Copied the key"));
            });
        }
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    for (TextView* view : {m_pretty, m_raw, m_rendered}) {
        view->setCopyLimit(m_limits.copyLimitBytes);
        connect(view, &TextView::copyStarted, this,
            [this](qint64 bytes) { showInfo(tr("Copying %1…").arg(sizeText(bytes))); });
        connect(view, &TextView::copied, this, [this](qint64 copied, qint64 selected) {
            if (copied < selected)
                showInfo(tr("Copied the first %1 of %2 (the copy limit)").arg(sizeText(copied), sizeText(selected)));
            else
                showInfo(tr("Copied %1").arg(sizeText(copied)));
        });
        connect(view, &TextView::foldsChanged, this, [this] { updateActions(); });
    }

    auto* findShortcut = new QShortcut(QKeySequence::Find, this, this, &BodyView::find);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto* nextShortcut = new QShortcut(QKeySequence::FindNext, this, this, &BodyView::findNext);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previousShortcut = new QShortcut(QKeySequence::FindPrevious, this, this, &BodyView::findPrevious);
    previousShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_tree, this, &BodyView::copyTreeValue);
    copyShortcut->setContext(Qt::WidgetShortcut);

    setLimits(configuredLimits());
    clear();
}

BodyView::~BodyView()
{
    cancelJobs();
}

BodyView::Limits BodyView::configuredLimits()
{
    Limits limits;
    const int megabytes = std::clamp(
        settings::prettyLimitMegabytes().get(), settings::MinPrettyLimitMegabytes, settings::MaxPrettyLimitMegabytes);
    limits.prettyLimitBytes = qint64(megabytes) * 1024 * 1024;
    return limits;
}

void BodyView::setLimits(const Limits& limits)
{
    m_limits = limits;
    for (TextView* view : {m_pretty, m_raw, m_rendered})
        view->setCopyLimit(limits.copyLimitBytes);
}

void BodyView::cancelJobs()
{
    for (auto* job : {&m_prettyJob, &m_rawJob, &m_renderedJob, &m_searchJob, &m_copyJob}) {
        if (*job)
            (*job)->cancel();
        job->reset();
    }
    m_searchDelay->stop();
    m_searchRunning = false;
}

void BodyView::resetViews(const QString& placeholder)
{
    cancelJobs();
    m_prettyState = m_rawState = m_renderedState = JobState::Idle;
    m_treeStarted = false;
    m_prettyShown = m_rawShown = false;
    m_prettyFraction = m_rawFraction = 0;
    m_jsonError = json::JsonError();
    m_searchTotal = 0;
    m_searchTarget = nullptr;
    for (TextView* view : {m_pretty, m_raw, m_rendered}) {
        view->setDocument(json::TextDocument());
        view->setPlaceholderText(QString());
    }
    m_treeModel->clear();
    m_hex->setSource(nullptr);
    m_notice->hide();
    m_info->clear();
    m_empty->setText(placeholder);
    m_search->setStatus(QString());
}

void BodyView::clear(const QString& message)
{
    resetViews(message);
    m_source.reset();
    m_kind = json::ContentKind::Empty;
    setModes({});
    updateProgress();
}

void BodyView::setBody(const QByteArray& body, const QByteArray& contentType)
{
    setSource(json::ByteSource::fromBytes(body), contentType);
}

void BodyView::setBodyFile(const QString& path, const QByteArray& contentType)
{
    Result<json::ByteSourcePtr> source = json::ByteSource::mapFile(path);
    if (!source) {
        clear();
        m_notice->showMessage(NoticeBar::Level::Error, source.error().toString());
        return;
    }
    setSource(source.value(), contentType);
}

void BodyView::setSource(const json::ByteSourcePtr& source, const QByteArray& contentType)
{
    resetViews(tr("The body is empty."));
    m_source = source;
    m_contentType = contentType;
    m_kind = source
        ? json::detectContent(QByteArrayView(source->data(), std::min<qint64>(source->size(), 8192)), contentType)
        : json::ContentKind::Empty;
    m_hex->setSource(source);
    const bool overLimit = source && source->size() > m_limits.prettyLimitBytes;
    switch (m_kind) {
    case json::ContentKind::Empty:
        setModes({});
        break;
    case json::ContentKind::Json:
        setModes(overLimit ? QList<Mode> {Mode::Raw} : QList<Mode> {Mode::Pretty, Mode::Tree, Mode::Raw});
        break;
    case json::ContentKind::Xml:
        setModes(overLimit ? QList<Mode> {Mode::Raw} : QList<Mode> {Mode::Pretty, Mode::Raw});
        break;
    case json::ContentKind::Html:
        setModes(overLimit ? QList<Mode> {Mode::Raw} : QList<Mode> {Mode::Rendered, Mode::Raw});
        break;
    case json::ContentKind::Text:
        setModes({Mode::Raw});
        break;
    case json::ContentKind::Binary:
        setModes({Mode::Hex, Mode::Raw});
        break;
    }
    m_pretty->setSyntax(m_kind == json::ContentKind::Xml ? TextView::Syntax::Xml : TextView::Syntax::Json);
    if (overLimit && m_kind != json::ContentKind::Text && m_kind != json::ContentKind::Binary)
        showOverLimitNotice();
    if (m_modes.contains(Mode::Pretty))
        startPretty();
    if (m_modes.contains(Mode::Rendered))
        startRendered();
    updateProgress();
}

void BodyView::showOverLimitNotice()
{
    m_notice->showMessage(NoticeBar::Level::Information,
        tr("This %1 body is %2, more than the %3 limit for the pretty view%4 (View > Pretty view size limit). "
           "It is shown as raw text, which stays fast at any size.")
            .arg(json::contentKindName(m_kind), sizeText(m_source->size()), sizeText(m_limits.prettyLimitBytes),
                m_kind == json::ContentKind::Json ? tr(" and the tree") : QString()));
    m_notice->addActionButton(m_formatAnyway);
}

void BodyView::formatAnyway()
{
    if (!m_source || m_kind == json::ContentKind::Text || m_kind == json::ContentKind::Binary
        || m_kind == json::ContentKind::Empty)
        return;
    m_notice->hide();
    QList<Mode> modes;
    if (m_kind == json::ContentKind::Json)
        modes = {Mode::Pretty, Mode::Tree, Mode::Raw};
    else if (m_kind == json::ContentKind::Xml)
        modes = {Mode::Pretty, Mode::Raw};
    else
        modes = {Mode::Rendered, Mode::Raw};
    setModes(modes);
    if (modes.contains(Mode::Pretty) && m_prettyState != JobState::Done)
        startPretty();
    if (modes.contains(Mode::Rendered) && m_renderedState != JobState::Done)
        startRendered();
    updateProgress();
}

void BodyView::setModes(const QList<Mode>& modes)
{
    m_modes = modes;
    const QSignalBlocker blocker(m_modeBar);
    while (m_modeBar->count())
        m_modeBar->removeTab(0);
    for (const Mode mode : modes) {
        QString label;
        switch (mode) {
        case Mode::Pretty:
            label = tr("Pretty");
            break;
        case Mode::Tree:
            label = tr("Tree");
            break;
        case Mode::Raw:
            label = tr("Raw");
            break;
        case Mode::Rendered:
            label = tr("Rendered as text");
            break;
        case Mode::Hex:
            label = tr("Hex");
            break;
        }
        const int index = m_modeBar->addTab(label);
        m_modeBar->setTabData(index, QVariant::fromValue(mode));
    }
    m_modeBar->setVisible(!modes.isEmpty());
    if (modes.isEmpty()) {
        m_pages->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    setMode(modes.first());
}

void BodyView::setMode(Mode mode)
{
    if (!m_modes.contains(mode))
        return;
    const bool changed = mode != m_mode;
    m_mode = mode;
    {
        const QSignalBlocker blocker(m_modeBar);
        m_modeBar->setCurrentIndex(int(m_modes.indexOf(mode)));
    }
    switch (mode) {
    case Mode::Pretty:
        m_pages->setCurrentWidget(m_pretty);
        break;
    case Mode::Tree:
        m_pages->setCurrentWidget(m_treePage);
        startTree();
        break;
    case Mode::Raw:
        m_pages->setCurrentWidget(m_raw);
        startRaw();
        break;
    case Mode::Rendered:
        m_pages->setCurrentWidget(m_rendered);
        break;
    case Mode::Hex:
        m_pages->setCurrentWidget(m_hex);
        break;
    }
    updateActions();
    if (m_search->isVisible() && !m_search->query().text.isEmpty())
        runSearch();
    if (changed)
        Q_EMIT modeChanged(mode);
}

TextView* BodyView::currentTextView() const
{
    switch (m_mode) {
    case Mode::Pretty:
        return m_modes.contains(Mode::Pretty) ? m_pretty : nullptr;
    case Mode::Raw:
        return m_modes.contains(Mode::Raw) ? m_raw : nullptr;
    case Mode::Rendered:
        return m_modes.contains(Mode::Rendered) ? m_rendered : nullptr;
    default:
        return nullptr;
    }
}

bool BodyView::isBusy() const
{
    return m_prettyState == JobState::Running || m_rawState == JobState::Running || m_renderedState == JobState::Running
        || m_treeModel->isLoading();
}

QString BodyView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString BodyView::infoText() const
{
    return m_info->text();
}

void BodyView::showInfo(const QString& text)
{
    m_info->setText(text);
}

// ---- jobs ----

void BodyView::startPretty()
{
    if (!m_source || m_prettyState == JobState::Running)
        return;
    m_prettyState = JobState::Running;
    m_prettyShown = false;
    m_prettyFraction = 0;
    m_pretty->setPlaceholderText(tr("Formatting…"));
    const json::ByteSourcePtr source = m_source;
    const bool xml = m_kind == json::ContentKind::Xml;
    const auto progress = [this](const std::shared_ptr<json::WorkerRelay>& relay) {
        return [this, relay](const json::TextDocument& snapshot, double fraction) {
            relay->post([this, snapshot, fraction] {
                m_pretty->setDocument(snapshot, m_prettyShown);
                m_prettyShown = true;
                m_prettyFraction = fraction;
                updateProgress();
                Q_EMIT prettyUpdated(snapshot.lineCount(), fraction);
            });
        };
    };
    m_prettyJob = json::startJob(this, [this, source, xml, progress](const std::shared_ptr<json::WorkerRelay>& relay) {
        if (xml) {
            json::XmlPrettyResult result = json::prettyXml(source->view(), &relay->cancelFlag(), progress(relay));
            relay->post([this, result = std::move(result)] {
                finishPretty(result.document, json::JsonError(), result.error, result.errorLine, result.errorColumn);
            });
            return;
        }
        json::PrettyResult result = json::prettyPrint(source->view(), {}, &relay->cancelFlag(), progress(relay));
        relay->post(
            [this, result = std::move(result)] { finishPretty(result.document, result.error, QString(), 0, 0); });
    });
    updateProgress();
}

void BodyView::finishPretty(const json::TextDocument& document, const json::JsonError& error, const QString& xmlError,
    qint64 xmlLine, qint64 xmlColumn)
{
    m_prettyState = JobState::Done;
    m_prettyFraction = 1;
    m_pretty->setDocument(document, m_prettyShown);
    m_prettyShown = true;
    m_pretty->setPlaceholderText(QString());
    m_jsonError = error;
    const bool valid = !error.isError() && xmlError.isEmpty();
    if (error.isError()) {
        const bool tooLarge = error.code == json::JsonErrorCode::TooLarge;
        m_notice->showMessage(tooLarge ? NoticeBar::Level::Warning : NoticeBar::Level::Error,
            tooLarge
                ? tr("The body is too large to format: %1").arg(error.message())
                : tr("Not valid JSON — %1. The pretty view shows the text up to the error.").arg(error.toString()));
        if (error.offset >= 0)
            m_notice->addActionButton(m_showError);
        showTreeMessage(tr("The tree needs valid JSON.\n%1").arg(error.toString()));
    } else if (!xmlError.isEmpty()) {
        m_notice->showMessage(NoticeBar::Level::Error,
            tr("Not well-formed XML — line %1, column %2: %3. The pretty view shows the text up to the error.")
                .arg(xmlLine)
                .arg(xmlColumn)
                .arg(xmlError));
    }
    if (m_mode == Mode::Tree)
        startTree();
    // A search of the partial text is incomplete now.
    if (m_searchTarget == m_pretty && m_search->isVisible())
        runSearch();
    updateProgress();
    updateActions();
    Q_EMIT prettyFinished(valid);
}

void BodyView::startRaw()
{
    if (!m_source || m_rawState != JobState::Idle)
        return;
    m_rawState = JobState::Running;
    m_raw->setPlaceholderText(tr("Indexing lines…"));
    const json::ByteSourcePtr source = m_source;
    json::LineIndexOptions options;
    options.wrapBytes = m_limits.rawWrapBytes;
    m_rawJob = json::startJob(this, [this, source, options](const std::shared_ptr<json::WorkerRelay>& relay) {
        json::TextDocument document = json::indexLines(
            source, options, &relay->cancelFlag(), [&](const json::TextDocument& snapshot, double f) {
                relay->post([this, snapshot, f] {
                    m_raw->setDocument(snapshot, m_rawShown);
                    m_rawShown = true;
                    m_rawFraction = f;
                    updateProgress();
                });
            });
        relay->post([this, document] {
            m_rawState = JobState::Done;
            m_raw->setDocument(document, m_rawShown);
            m_rawShown = true;
            m_raw->setPlaceholderText(QString());
            if (m_searchTarget == m_raw && m_search->isVisible())
                runSearch();
            updateProgress();
            Q_EMIT rawFinished();
        });
    });
    updateProgress();
}

void BodyView::startRendered()
{
    if (!m_source || m_renderedState == JobState::Running)
        return;
    m_renderedState = JobState::Running;
    m_rendered->setPlaceholderText(tr("Rendering…"));
    const json::ByteSourcePtr source = m_source;
    m_renderedJob = json::startJob(this, [this, source](const std::shared_ptr<json::WorkerRelay>& relay) {
        const QByteArray text = json::htmlToText(source->view(), &relay->cancelFlag());
        json::TextDocumentBuilder builder;
        builder.append(text.constData(), text.size());
        relay->post([this, document = builder.finish()] {
            m_renderedState = JobState::Done;
            m_rendered->setDocument(document);
            m_rendered->setPlaceholderText(tr("The page has no visible text."));
            updateProgress();
        });
    });
}

void BodyView::startTree()
{
    if (m_treeStarted || !m_source)
        return;
    if (m_prettyState != JobState::Done) {
        showTreeMessage(tr("Checking the JSON…"));
        return;
    }
    if (m_jsonError.isError()) {
        showTreeMessage(tr("The tree needs valid JSON.\n%1").arg(m_jsonError.toString()));
        return;
    }
    m_treeStarted = true;
    showTreeMessage(tr("Listing…"));
    m_treeModel->setSource(m_source);
}

void BodyView::showTreeMessage(const QString& text)
{
    m_treeMessage->setText(text);
    m_treePage->setCurrentWidget(m_treeMessage);
}

void BodyView::updateProgress()
{
    QString label;
    double fraction = 0;
    if (m_prettyState == JobState::Running) {
        label = tr("Formatting");
        fraction = m_prettyFraction;
    } else if (m_rawState == JobState::Running) {
        label = tr("Indexing");
        fraction = m_rawFraction;
    } else if (m_renderedState == JobState::Running) {
        label = tr("Rendering");
    } else if (m_treeModel->isLoading()) {
        label = tr("Listing");
    }
    const bool busy = !label.isEmpty();
    m_progress->setVisible(busy);
    m_stop->setVisible(m_prettyState == JobState::Running);
    if (busy) {
        m_progress->setValue(int(fraction * 1000));
        m_progress->setFormat(label + QStringLiteral(" %p%"));
    }
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void BodyView::updateActions()
{
    const bool pretty = m_mode == Mode::Pretty && m_modes.contains(Mode::Pretty);
    m_foldAll->setVisible(pretty && m_pretty->canFold());
    m_unfoldAll->setVisible(pretty && m_pretty->canFold());
    m_findButton->setEnabled(currentTextView() != nullptr);
}

// ---- search ----

void BodyView::find()
{
    if (!currentTextView())
        return;
    m_search->activate();
    if (!m_search->query().text.isEmpty())
        runSearch();
}

void BodyView::runSearch()
{
    m_searchDelay->stop();
    if (m_searchJob)
        m_searchJob->cancel();
    m_searchJob.reset();
    m_searchRunning = false;
    for (TextView* view : {m_pretty, m_raw, m_rendered})
        view->clearMatches();
    m_searchTotal = 0;
    m_searchPicked = false;
    m_searchTarget = currentTextView();
    m_searchQuery = m_search->query();
    if (!m_searchTarget || m_searchQuery.text.isEmpty()) {
        m_search->setStatus(QString());
        return;
    }
    const QString problem = json::searchQueryError(m_searchQuery);
    if (!problem.isEmpty()) {
        m_search->setStatus(problem, true);
        return;
    }
    TextView* target = m_searchTarget;
    // Matches are picked from where the user is: the selection, or the top of the view.
    m_searchAnchor
        = target->hasSelection() ? target->selectionStart() : target->document().lineStart(target->firstVisibleLine());
    m_searchRunning = true;
    updateSearchStatus(true);
    const json::TextDocument document = target->document();
    const json::SearchQuery query = m_searchQuery;
    const qint64 maxStored = m_limits.maxStoredMatches;
    m_searchJob = json::startJob(
        this, [this, target, document, query, maxStored](const std::shared_ptr<json::WorkerRelay>& relay) {
            const json::SearchOutcome outcome = json::searchText(document, query, maxStored, &relay->cancelFlag(),
                [&](std::vector<json::TextMatch>&& batch, qint64 total, double) {
                    relay->post([this, target, batch = std::move(batch), total] {
                        target->addMatches(batch);
                        m_searchTotal = total;
                        if (!m_searchPicked) {
                            const qint64 index = target->matchAtOrAfter(m_searchAnchor);
                            if (index >= 0 && target->match(index).offset >= m_searchAnchor) {
                                m_searchPicked = true;
                                target->setCurrentMatch(index);
                            }
                        }
                        updateSearchStatus(true);
                    });
                });
            relay->post([this, target, outcome] {
                m_searchRunning = false;
                m_searchTotal = outcome.total;
                if (!m_searchPicked && target->matchCount() > 0) {
                    m_searchPicked = true;
                    target->setCurrentMatch(0);
                }
                updateSearchStatus(false);
                Q_EMIT searchFinished(outcome.total);
            });
        });
}

void BodyView::updateSearchStatus(bool running)
{
    TextView* target = m_searchTarget;
    if (!target)
        return;
    const QLocale locale;
    if (m_searchTotal == 0) {
        m_search->setStatus(running ? tr("Searching…") : tr("No matches"));
        return;
    }
    const qint64 current = target->currentMatch();
    QString text = current >= 0 ? tr("%1 of %2").arg(locale.toString(current + 1), locale.toString(m_searchTotal))
                                : tr("%1 matches").arg(locale.toString(m_searchTotal));
    if (running)
        text += QStringLiteral("…");
    else if (m_searchTotal > target->matchCount())
        text += u' ' + tr("(the first %1 can be visited)").arg(locale.toString(target->matchCount()));
    m_search->setStatus(text);
}

void BodyView::goToMatch(qint64 index)
{
    TextView* target = m_searchTarget;
    if (!target || target->matchCount() == 0)
        return;
    m_searchPicked = true;
    target->setCurrentMatch(index);
    updateSearchStatus(m_searchRunning);
}

void BodyView::findNext()
{
    TextView* target = m_searchTarget;
    if (!target || target != currentTextView() || target->matchCount() == 0) {
        find();
        return;
    }
    const qint64 current = target->currentMatch();
    goToMatch(current >= 0 ? (current + 1) % target->matchCount() : target->matchAtOrAfter(target->cursorOffset()));
}

void BodyView::findPrevious()
{
    TextView* target = m_searchTarget;
    if (!target || target != currentTextView() || target->matchCount() == 0) {
        find();
        return;
    }
    const qint64 current = target->currentMatch();
    goToMatch(current >= 0 ? (current + target->matchCount() - 1) % target->matchCount()
                           : target->matchBefore(target->cursorOffset()));
}

// ---- tree copies ----

void BodyView::copyTreeText(const QString& text)
{
    QApplication::clipboard()->setText(text);
}

void BodyView::copyTreePath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return;
    copyTreeText(m_treeModel->path(index));
    showInfo(tr("Copied the path"));
}

void BodyView::copyTreeValue()
{
    const QModelIndex index = m_tree->currentIndex();
    const json::JsonNode* node = m_treeModel->node(index);
    if (!index.isValid() || !node)
        return;
    const qint64 size = node->end - node->begin;
    if (!node->isContainer() && size <= 64 * 1024) {
        copyTreeText(scalarText(*node, m_treeModel->valueBytes(index)));
        showInfo(tr("Copied the value"));
        return;
    }
    // Containers are pretty-printed, and long strings decoded, on a worker: a product list can be megabytes.
    if (m_copyJob)
        m_copyJob->cancel();
    showInfo(tr("Copying…"));
    const qint64 limit = m_limits.copyLimitBytes;
    m_copyJob = json::startJob(this,
        [this, source = m_treeModel->source(), value = *node, limit](const std::shared_ptr<json::WorkerRelay>& relay) {
            const QByteArrayView bytes(source->data() + value.begin, value.end - value.begin);
            QByteArray text
                = value.isContainer() ? json::prettyJson(bytes) : scalarText(value, bytes.toByteArray()).toUtf8();
            const qint64 full = text.size();
            if (full > limit) {
                qint64 cut = limit;
                while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                    --cut;
                text.truncate(cut);
            }
            relay->post([this, text = QString::fromUtf8(text), copied = std::min(full, limit), full] {
                copyTreeText(text);
                if (copied < full)
                    showInfo(tr("Copied the first %1 of %2 (the copy limit)").arg(sizeText(copied), sizeText(full)));
                else
                    showInfo(tr("Copied the value (%1)").arg(sizeText(full)));
            });
        });
}

} // namespace studio::ui
