#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace studio::ui {

class JsonSyntaxHighlighter;
class KeyValueTable;

/// The Body tab of the console: none, JSON (highlighted, checked as you type with line and column of the first
/// problem, Format button), a form (key/value table sent as application/x-www-form-urlencoded) or raw text.
class BodyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyEditor)

public:
    explicit BodyEditor(QWidget* parent = nullptr);

    /// "none", "json", "form" or "text" (RequestSpec::bodyType).
    QString bodyType() const;
    /// The body as sent: the text, or the form fields encoded; empty for none.
    QString body() const;
    /// Shows a body; unknown types are shown as text. Does not emit changed().
    void setBody(const QString& bodyType, const QString& body);
    /// The first JSON problem ("Line 3, column 7 (byte 52): expected ..."); empty when the JSON is valid or the body
    /// is not JSON.
    QString validationMessage() const { return m_problem; }
    /// Pretty-prints a JSON body (2 spaces); does nothing but show the problem when the JSON is invalid.
    void formatJson();
    QPlainTextEdit* textEdit() const { return m_text; }

Q_SIGNALS:
    /// The user changed the type or the content.
    void changed();

private:
    void typeChanged();
    void validateNow();
    void jumpToProblem();

    QComboBox* m_type;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_text;
    JsonSyntaxHighlighter* m_highlighter;
    KeyValueTable* m_form;
    QPushButton* m_format;
    QLabel* m_validation;
    QTimer* m_validateTimer;
    QString m_problem;
    qint64 m_problemOffset = -1;
    bool m_updating = false;
};

} // namespace studio::ui
