#include "core/json/foldstate.h"

#include <algorithm>

namespace studio::json {

void FoldState::reset(size_t foldCount)
{
    m_folded.assign(foldCount, 0);
    m_hidden.clear();
    m_hiddenTotal = 0;
}

void FoldState::setFolded(const std::vector<Fold>& folds, size_t index, bool folded)
{
    if (index >= m_folded.size() || bool(m_folded[index]) == folded)
        return;
    m_folded[index] = folded ? 1 : 0;
    rebuild(folds);
}

void FoldState::setAll(const std::vector<Fold>& folds, bool folded, bool keepOutermost)
{
    std::fill(m_folded.begin(), m_folded.end(), folded ? 1 : 0);
    if (folded && keepOutermost && !m_folded.empty() && !folds.empty() && folds[0].startLine == 0)
        m_folded[0] = 0;
    rebuild(folds);
}

void FoldState::rebuild(const std::vector<Fold>& folds)
{
    m_hidden.clear();
    m_hiddenTotal = 0;
    qint64 coveredUntil = -1;
    const size_t count = std::min(m_folded.size(), folds.size());
    for (size_t i = 0; i < count; ++i) {
        if (!m_folded[i])
            continue;
        const Fold& fold = folds[i];
        if (qint64(fold.startLine) <= coveredUntil)
            continue; // inside a range that is already hidden
        m_hidden.push_back(HiddenRange {qint64(fold.startLine), qint64(fold.endLine), m_hiddenTotal});
        m_hiddenTotal += qint64(fold.endLine) - qint64(fold.startLine);
        coveredUntil = fold.endLine;
    }
}

qint64 FoldState::rowOfLine(qint64 line) const
{
    const auto it = std::partition_point(
        m_hidden.begin(), m_hidden.end(), [line](const HiddenRange& range) { return range.header < line; });
    if (it == m_hidden.begin())
        return line;
    const HiddenRange& range = *std::prev(it);
    if (line <= range.last)
        return range.header - range.hiddenBefore;
    return line - range.hiddenBefore - (range.last - range.header);
}

qint64 FoldState::lineOfRow(qint64 row) const
{
    const auto it = std::partition_point(m_hidden.begin(), m_hidden.end(),
        [row](const HiddenRange& range) { return range.header - range.hiddenBefore < row; });
    if (it == m_hidden.begin())
        return row;
    const HiddenRange& range = *std::prev(it);
    return row + range.hiddenBefore + (range.last - range.header);
}

qint64 FoldState::hiddenBy(qint64 line) const
{
    const auto it = std::partition_point(
        m_hidden.begin(), m_hidden.end(), [line](const HiddenRange& range) { return range.header < line; });
    if (it == m_hidden.begin())
        return -1;
    const HiddenRange& range = *std::prev(it);
    return line <= range.last ? range.header : -1;
}

qint64 FoldState::foldAround(const std::vector<Fold>& folds, qint64 line)
{
    auto it = std::upper_bound(
        folds.begin(), folds.end(), line, [](qint64 l, const Fold& fold) { return l < qint64(fold.startLine); });
    while (it != folds.begin()) {
        --it;
        if (qint64(it->endLine) >= line)
            return qint64(it->startLine);
    }
    return -1;
}

} // namespace studio::json
