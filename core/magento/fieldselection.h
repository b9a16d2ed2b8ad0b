#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace studio::magento {

/// One selected field and, when it has brackets, the fields selected inside it.
struct FieldNode
{
    QString name;
    QList<FieldNode> children; ///< empty = the whole field

    // Not defaulted: QList<FieldNode> cannot compare an incomplete FieldNode at this point.
    bool operator==(const FieldNode& other) const;
};

/// Where and why a `fields=` expression could not be read.
struct FieldSelectionError
{
    qsizetype position = 0; ///< 0-based index into the text
    QString message;        ///< translated, names the column (1-based) and what was expected
};

/// A Magento partial-response selection, the `fields=` query parameter:
/// `sku,name,extension_attributes[category_links,stock_item[item_id,qty]]`, or `items[sku,name],total_count` for
/// lists. Parsed into a tree and printed back canonically.
///
/// Magento (FieldsFilter) accepts only letters, digits, '_', '[', ']' and ','; anything else — a space after a
/// comma, say — makes it silently drop the whole selection and answer with an empty result. The parser therefore
/// rejects such text with the position of the offending character, and is stricter than Magento where Magento
/// would silently do something surprising: empty names, empty brackets, unbalanced brackets, and a field selected
/// twice (Magento keeps only the last of `a[b],a[c]`).
class FieldSelection final
{
public:
    enum class Whitespace {
        Reject, ///< as Magento: a space is an error
        Ignore, ///< spaces between names are skipped (for text typed by hand; toString() prints none)
    };

    FieldSelection() = default;
    explicit FieldSelection(QList<FieldNode> fields);

    /// Parses a selection; on failure the Error's message names the column, and `error` (when given) receives the
    /// position as well.
    static Result<FieldSelection> parse(
        const QString& text, Whitespace whitespace = Whitespace::Reject, FieldSelectionError* error = nullptr);
    /// The canonical text: no spaces, fields in the order given.
    QString toString() const;

    const QList<FieldNode>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    /// True when the path is selected: named exactly, or inside a field selected as a whole. {"items", "sku"} is
    /// selected by "items[sku]" and by "items", not by "items[name]". An empty selection (no fields= parameter)
    /// selects everything.
    bool selects(const QStringList& path) const;
    /// Adds a path so that selects(path) becomes true, merging with what is there: adding {"items", "entity_id"} to
    /// "items[sku]" gives "items[sku,entity_id]"; a field already selected as a whole stays whole. On an empty
    /// selection this starts one (which then restricts the response).
    void add(const QStringList& path);

    bool operator==(const FieldSelection&) const = default;

private:
    QList<FieldNode> m_fields;
};

} // namespace studio::magento
