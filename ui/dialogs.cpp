#include "ui/dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <utility>

namespace studio::ui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
std::optional<std::optional<QString>> InputDialog::s_nextText;
std::optional<QString> FileDialog::s_nextPath;

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

std::optional<QString> InputDialog::getText(
    QWidget* parent, const QString& title, const QString& label, const QString& text)
{
    if (s_nextText) {
        std::optional<QString> answer = std::move(*s_nextText);
        s_nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString result = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return result;
}

void InputDialog::setNextText(std::optional<QString> text)
{
    s_nextText = std::move(text);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (s_nextPath) {
        QString path = std::move(*s_nextPath);
        s_nextPath.reset();
        return path;
    }
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (s_nextPath) {
        QString path = std::move(*s_nextPath);
        s_nextPath.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialog::setNextPath(const QString& path)
{
    s_nextPath = path;
}

} // namespace studio::ui
