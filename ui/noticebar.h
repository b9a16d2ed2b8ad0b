#pragma once

#include <QFrame>
#include <QString>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QToolButton;

namespace studio::ui {

/// A coloured, non-modal message strip (like KMessageWidget): an icon, a sentence, optional action
/// buttons and details, and a close button. Used for load problems, the missing keychain and errors that
/// must be seen without blocking the window.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    enum class Level { Information, Warning, Error };

    explicit NoticeBar(QWidget* parent = nullptr);

    /// Shows the bar with this text; removes earlier actions and details.
    void showMessage(Level level, const QString& text);
    /// Adds a button that triggers `action` (the bar does not own the action).
    void addActionButton(QAction* action);
    /// Lines listed below the text (e.g. one per problem file); empty hides the list.
    void setDetails(const QStringList& lines);
    QString text() const;
    QStringList details() const;
    void setClosable(bool closable);

Q_SIGNALS:
    /// The user closed the bar.
    void dismissed();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QListWidget* m_details;
    QToolButton* m_close;
};

} // namespace studio::ui
