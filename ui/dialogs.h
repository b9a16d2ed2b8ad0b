#pragma once

#include <optional>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace studio::ui {

/// Confirmation questions. Tests answer the next question in advance with setNextAnswer() (after
/// KeePassXC's MessageBox), so no modal box blocks an offscreen test.
class MessageBox final
{
public:
    /// Asks a yes/no style question; returns the button pressed.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    /// The answer the next question() returns without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

/// A single line of text from the user (names). Tests provide the next answer with setNextText();
/// std::nullopt there means "cancelled".
class InputDialog final
{
public:
    /// Returns the text entered, or nothing when the user cancelled.
    static std::optional<QString> getText(
        QWidget* parent, const QString& title, const QString& label, const QString& text = QString());
    static void setNextText(std::optional<QString> text);

private:
    static std::optional<std::optional<QString>> s_nextText;
};

/// File and folder pickers. Tests provide the next path with setNextPath() (empty = cancelled).
class FileDialog final
{
public:
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir = QString());
    static QString getOpenFileName(
        QWidget* parent, const QString& caption, const QString& dir = QString(), const QString& filter = QString());
    static void setNextPath(const QString& path);

private:
    static std::optional<QString> s_nextPath;
};

} // namespace studio::ui
