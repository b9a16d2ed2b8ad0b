#pragma once

#include "core/json/bytesource.h"
#include "core/json/contentkind.h"
#include "core/json/jsonerror.h"
#include "core/json/textdocument.h"
#include "core/json/textsearch.h"

#include <memory>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabBar;
class QTimer;
class QToolButton;
class QTreeView;

namespace studio::json {
class WorkerRelay;
}

namespace studio::ui {

class HexView;
class JsonTreeModel;
class NoticeBar;
class SearchBar;
class TextView;

/// Shows an HTTP body of any size in the ways that suit its content: JSON as Pretty (folding, colouring), Tree
/// and Raw; XML as Pretty and Raw; HTML rendered as text and Raw; binary as Hex; anything else as Raw. Parsing,
/// formatting, indexing and search run on worker threads; the view shows what is ready (the first pretty lines
/// within milliseconds, more as they come) and the UI thread never waits. Bodies over the pretty limit get the
/// streamed raw view and a note, with a button to format them anyway. A new body cancels the work for the old
/// one. Ctrl+F searches the current text view. Used by ResponseView and, for request bodies, by the log browser.
class BodyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyView)

public:
    /// The ways of showing a body.
    enum class Mode { Pretty, Tree, Raw, Rendered, Hex };
    Q_ENUM(Mode)

    /// Sizes that keep the viewer responsive; see setLimits().
    struct Limits
    {
        /// Bodies larger than this are shown raw only (with a note and "Format anyway"). The pretty text of a
        /// minified body takes about 2.5 times its size in memory; 64 MB keeps a 50 MB Magento response (the
        /// size other clients freeze on) in the pretty view under 300 MB.
        qint64 prettyLimitBytes = 64 * 1024 * 1024;
        /// Copies larger than this are cut (with a note).
        qint64 copyLimitBytes = 32 * 1024 * 1024;
        /// The raw view wraps lines longer than this many bytes.
        int rawWrapBytes = 1000;
        /// Search matches kept for navigation; more are counted.
        qint64 maxStoredMatches = 1000000;
    };

    explicit BodyView(QWidget* parent = nullptr);
    ~BodyView() override;

    /// The limits with the pretty-view size the user chose (settings::prettyLimitMegabytes()); every new view
    /// starts with these.
    static Limits configuredLimits();
    void setLimits(const Limits& limits);
    const Limits& limits() const { return m_limits; }

    /// Shows a body held in memory. `contentType` is the Content-Type header (may be empty).
    void setBody(const QByteArray& body, const QByteArray& contentType = {});
    /// Shows a body stored in a file, mapped into memory (not read). An unreadable file is reported in the view.
    void setBodyFile(const QString& path, const QByteArray& contentType = {});
    /// Shows a body from any byte source.
    void setSource(const json::ByteSourcePtr& source, const QByteArray& contentType = {});
    /// Shows nothing (and cancels all work). `message` is shown in its place, e.g. "No response yet".
    void clear(const QString& message = QString());

    json::ByteSourcePtr source() const { return m_source; }
    json::ContentKind contentKind() const { return m_kind; }
    /// The modes this body offers, in tab order.
    QList<Mode> modes() const { return m_modes; }
    Mode mode() const { return m_mode; }
    /// Switches to `mode` if this body offers it.
    void setMode(Mode mode);
    /// True while formatting, indexing or listing runs.
    bool isBusy() const;
    /// True once the pretty view holds the whole document (or as much as was valid).
    bool isPrettyComplete() const { return m_prettyState == JobState::Done; }
    /// True once the raw view holds the whole body.
    bool isRawComplete() const { return m_rawState == JobState::Done; }
    /// The JSON error found while formatting (none for valid JSON or other content).
    const json::JsonError& jsonError() const { return m_jsonError; }
    /// The note above the views ("Not valid JSON: …", "… larger than the limit …"); empty when none.
    QString noticeText() const;
    /// The transient message next to the tabs ("Copied 12 MB"); empty when none.
    QString infoText() const;
    /// Formats a body that is over the pretty limit.
    void formatAnyway();

    /// Shows the search bar (Ctrl+F).
    void find();
    void findNext();
    void findPrevious();
    /// The number of matches of the last search (all of them, also beyond the stored limit).
    qint64 matchTotal() const { return m_searchTotal; }

    TextView* prettyView() const { return m_pretty; }
    TextView* rawView() const { return m_raw; }
    TextView* renderedView() const { return m_rendered; }
    QTreeView* treeView() const { return m_tree; }
    JsonTreeModel* treeModel() const { return m_treeModel; }
    HexView* hexView() const { return m_hex; }
    SearchBar* searchBar() const { return m_search; }
    /// The text view of the current mode, or null (tree, hex).
    TextView* currentTextView() const;

    /// Copies the value of the tree's current item (strings decoded, containers pretty-printed).
    void copyTreeValue();
    /// Copies the jq path of the tree's current item (.items[3].sku).
    void copyTreePath();

Q_SIGNALS:
    void busyChanged(bool busy);
    /// The pretty view shows `lines` lines, `fraction` of the body formatted.
    void prettyUpdated(qint64 lines, double fraction);
    /// Formatting ended; `valid` is false for invalid JSON/XML (the pretty view then shows the text up to the
    /// error).
    void prettyFinished(bool valid);
    /// The raw view holds the whole body.
    void rawFinished();
    /// A search ended with `total` matches.
    void searchFinished(qint64 total);
    void modeChanged(studio::ui::BodyView::Mode mode);

private:
    enum class JobState { Idle, Running, Done };

    void cancelJobs();
    void resetViews(const QString& placeholder);
    void setModes(const QList<Mode>& modes);
    void startPretty();
    void startRaw();
    void startRendered();
    void startTree();
    void finishPretty(const json::TextDocument& document, const json::JsonError& error, const QString& xmlError,
        qint64 xmlLine, qint64 xmlColumn);
    void showOverLimitNotice();
    void showInfo(const QString& text);
    void updateProgress();
    void updateActions();
    void runSearch();
    void updateSearchStatus(bool running);
    void goToMatch(qint64 index);
    void showTreeMessage(const QString& text);
    void copyTreeText(const QString& text);

    Limits m_limits;
    json::ByteSourcePtr m_source;
    QByteArray m_contentType;
    json::ContentKind m_kind = json::ContentKind::Empty;
    QList<Mode> m_modes;
    Mode m_mode = Mode::Raw;
    bool m_busy = false;

    JobState m_prettyState = JobState::Idle;
    JobState m_rawState = JobState::Idle;
    JobState m_renderedState = JobState::Idle;
    bool m_treeStarted = false;
    double m_prettyFraction = 0;
    double m_rawFraction = 0;
    bool m_prettyShown = false;
    bool m_rawShown = false;
    json::JsonError m_jsonError;
    std::shared_ptr<json::WorkerRelay> m_prettyJob;
    std::shared_ptr<json::WorkerRelay> m_rawJob;
    std::shared_ptr<json::WorkerRelay> m_renderedJob;
    std::shared_ptr<json::WorkerRelay> m_searchJob;
    std::shared_ptr<json::WorkerRelay> m_copyJob;

    TextView* m_searchTarget = nullptr;
    json::SearchQuery m_searchQuery;
    qint64 m_searchTotal = 0;
    qint64 m_searchAnchor = 0;
    bool m_searchRunning = false;
    bool m_searchPicked = false;
    QTimer* m_searchDelay;

    QTabBar* m_modeBar;
    QLabel* m_info;
    QProgressBar* m_progress;
    QToolButton* m_stop;
    QToolButton* m_foldAll;
    QToolButton* m_unfoldAll;
    QToolButton* m_findButton;
    NoticeBar* m_notice;
    QAction* m_formatAnyway;
    QAction* m_showError;
    QStackedWidget* m_pages;
    TextView* m_pretty;
    QStackedWidget* m_treePage;
    QLabel* m_treeMessage;
    QTreeView* m_tree;
    JsonTreeModel* m_treeModel;
    TextView* m_raw;
    TextView* m_rendered;
    HexView* m_hex;
    QLabel* m_empty;
    SearchBar* m_search;
};

} // namespace studio::ui
