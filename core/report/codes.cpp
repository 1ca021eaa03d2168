#include "codes.h"

namespace Portolan {

namespace {

constexpr bool tableInOrder()
{
    for (qsizetype i = 0; i < qsizetype(std::size(codeTable)); ++i) {
        if (codeTable[i].code != static_cast<Code>(i))
            return false;
    }
    return true;
}
static_assert(tableInOrder(), "codeName() indexes the table by the enumerator");

} // namespace

std::optional<Code> codeFromName(QAnyStringView name)
{
    for (const CodeName &row : codeTable) {
        if (row.name == name)
            return row.code;
    }
    return std::nullopt;
}

} // namespace Portolan
