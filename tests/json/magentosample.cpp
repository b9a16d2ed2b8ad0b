#include "tests/json/magentosample.h"

#include <QRandomGenerator>
#include <QStringBuilder>

namespace studio::test {

namespace {

const char* const Colours[] = {"Black", "Blue", "Gray", "Green", "Orange", "Purple", "Red", "White", "Yellow"};
const char* const Sizes[] = {"XS", "S", "M", "L", "XL", "28", "29", "30", "31", "32", "33", "34", "36"};
const char* const Nouns[] = {"Hoodie", "Jacket", "Tee", "Tank", "Pant", "Short", "Bra", "Bag", "Watch", "Shoe",
    "Sweatshirt", "Capri", "Legging", "Backpack", "Mat"};
const char* const Names[] = {"Chaz Kangeroo", "Teton Pullover", "Bruno Compete", "Frankie", "Hollister Backyard",
    "Stark Fundamental", "Zeppelin Yoga", "Müller Wanderlust", "Søren Trail", "Élise Studio", "東京 Commuter",
    "Ajax Full-Zip", "Marco Lightweight", "Mach Street", "Orestes Fitness"};
const char* const Words[] = {"durable", "breathable", "lightweight", "moisture-wicking", "ergonomic", "soft",
    "stretchy", "recycled", "organic", "cotton", "polyester", "comfort", "performance", "zip", "pocket", "hood",
    "seams", "reflective", "trim", "machine-wash", "imported", "für", "draußen", "très", "léger"};

class Writer final
{
public:
    explicit Writer(quint32 seed)
        : m_random(seed)
    { }

    int pick(int n) { return int(m_random.bounded(n)); }

    template<size_t N> const char* any(const char* const (&list)[N]) { return list[pick(int(N))]; }

    QByteArray description()
    {
        QByteArray text = "<p>";
        const int words = 20 + pick(60);
        for (int i = 0; i < words; ++i) {
            if (i)
                text += ' ';
            text += any(Words);
            if (pick(12) == 0)
                text += ".</p>\\n<p>";
        }
        text += " \\\"Quoted\\\" caf\\u00e9 \\u2013 100% \\/ tab\\there.</p>";
        return text;
    }

    void product(QByteArray& out, int id)
    {
        const QByteArray colour = any(Colours);
        const QByteArray size = any(Sizes);
        const QByteArray noun = any(Nouns);
        const QByteArray name = QByteArray(any(Names)) + ' ' + noun + '-' + size + '-' + colour;
        const QByteArray sku = "MH" + QByteArray::number(id).rightJustified(5, '0') + '-' + size + '-' + colour;
        const QByteArray day = QByteArray::number(1 + pick(28)).rightJustified(2, '0');
        out += "{\"id\":" + QByteArray::number(id) + ",\"sku\":\"" + sku + "\",\"name\":\"" + name
            + "\",\"attribute_set_id\":" + QByteArray::number(4 + pick(12))
            + ",\"price\":" + QByteArray::number(pick(20000) / 100.0 + 5, 'f', 2)
            + ",\"status\":" + QByteArray::number(1 + pick(2)) + ",\"visibility\":" + QByteArray::number(1 + pick(4))
            + ",\"type_id\":\"" + (pick(5) ? "simple" : "configurable") + "\",\"created_at\":\"2024-03-" + day
            + " 08:15:0" + QByteArray::number(pick(10)) + "\",\"updated_at\":\"2025-01-" + day + " 17:42:3"
            + QByteArray::number(pick(10)) + "\",\"weight\":" + QByteArray::number(pick(500) / 100.0)
            + ",\"extension_attributes\":{\"website_ids\":[1" + (pick(3) ? "" : ",2")
            + "],\"category_links\":[{\"position\":" + QByteArray::number(pick(10)) + ",\"category_id\":\""
            + QByteArray::number(2 + pick(40)) + "\"},{\"position\":" + QByteArray::number(pick(10))
            + ",\"category_id\":\"" + QByteArray::number(2 + pick(40)) + "\"}],\"stock_item\":{\"item_id\":"
            + QByteArray::number(id) + ",\"product_id\":" + QByteArray::number(id) + ",\"stock_id\":1,\"qty\":"
            + QByteArray::number(pick(1000)) + ",\"is_in_stock\":" + (pick(8) ? "true" : "false")
            + ",\"is_qty_decimal\":false,\"show_default_notification_message\":false,"
              "\"use_config_min_qty\":true,\"min_qty\":0,\"use_config_min_sale_qty\":1,\"min_sale_qty\":1,"
              "\"use_config_max_sale_qty\":true,\"max_sale_qty\":10000,\"use_config_backorders\":true,"
              "\"backorders\":0,\"use_config_notify_stock_qty\":true,\"notify_stock_qty\":1,"
              "\"use_config_qty_increments\":true,\"qty_increments\":0,\"use_config_enable_qty_inc\":true,"
              "\"enable_qty_increments\":false,\"use_config_manage_stock\":true,\"manage_stock\":true,"
              "\"low_stock_date\":null,\"is_decimal_divided\":false,\"stock_status_changed_auto\":0}},"
              "\"product_links\":[],\"options\":[],\"media_gallery_entries\":[";
        const int images = 1 + pick(3);
        for (int i = 0; i < images; ++i) {
            if (i)
                out += ',';
            out += "{\"id\":" + QByteArray::number(id * 4 + i) + ",\"media_type\":\"image\",\"label\":"
                + (pick(3) ? QByteArray("null") : "\"" + name + "\"") + ",\"position\":" + QByteArray::number(i + 1)
                + ",\"disabled\":false,\"types\":" + (i == 0 ? "[\"image\",\"small_image\",\"thumbnail\"]" : "[]")
                + ",\"file\":\"\\/m\\/h\\/" + sku.toLower() + "_main_" + QByteArray::number(i + 1) + ".jpg\"}";
        }
        out += "],\"tier_prices\":[";
        if (pick(4) == 0) {
            out += "{\"customer_group_id\":32000,\"qty\":10,\"value\":" + QByteArray::number(pick(5000) / 100.0, 'f', 2)
                + ",\"extension_attributes\":{\"website_id\":0}}";
        }
        out += "],\"custom_attributes\":[{\"attribute_code\":\"description\",\"value\":\"" + description()
            + "\"},{\"attribute_code\":\"image\",\"value\":\"\\/m\\/h\\/" + sku.toLower()
            + "_main_1.jpg\"},{\"attribute_code\":\"url_key\",\"value\":\"" + sku.toLower()
            + "\"},{\"attribute_code\":\"gift_message_available\",\"value\":\"0\"},"
              "{\"attribute_code\":\"tax_class_id\",\"value\":\"2\"},{\"attribute_code\":\"color\",\"value\":\""
            + QByteArray::number(49 + pick(12)) + "\"},{\"attribute_code\":\"size\",\"value\":\""
            + QByteArray::number(166 + pick(20)) + "\"},{\"attribute_code\":\"category_ids\",\"value\":[\""
            + QByteArray::number(2 + pick(40)) + "\",\"" + QByteArray::number(2 + pick(40))
            + "\"]},{\"attribute_code\":\"options_container\",\"value\":\"container2\"},"
              "{\"attribute_code\":\"required_options\",\"value\":\"0\"},"
              "{\"attribute_code\":\"has_options\",\"value\":\"0\"},{\"attribute_code\":\"meta_title\",\"value\":\""
            + name + "\"},{\"attribute_code\":\"meta_keyword\",\"value\":\"" + noun + ' ' + colour
            + "\"},{\"attribute_code\":\"meta_description\",\"value\":\"" + name + ' ' + any(Words)
            + "\"},{\"attribute_code\":\"material\",\"value\":\"" + QByteArray::number(140 + pick(20)) + ','
            + QByteArray::number(140 + pick(20)) + "\"},{\"attribute_code\":\"eco_collection\",\"value\":\""
            + QByteArray::number(pick(2)) + "\"},{\"attribute_code\":\"performance_fabric\",\"value\":\""
            + QByteArray::number(pick(2)) + "\"},{\"attribute_code\":\"erin_recommends\",\"value\":\""
            + QByteArray::number(pick(2)) + "\"},{\"attribute_code\":\"new\",\"value\":\"" + QByteArray::number(pick(2))
            + "\"},{\"attribute_code\":\"sale\",\"value\":\"" + QByteArray::number(pick(2))
            + "\"},{\"attribute_code\":\"special_price\",\"value\":\"" + QByteArray::number(pick(10000) / 100.0, 'f', 4)
            + "\"}]}";
    }

private:
    QRandomGenerator m_random;
};

} // namespace

QByteArray magentoProductsJson(qint64 targetBytes, quint32 seed)
{
    Writer writer(seed);
    QByteArray out;
    out.reserve(targetBytes + 16 * 1024);
    out += "{\"items\":[";
    int id = 1;
    const QByteArray tail = "],\"search_criteria\":{\"filter_groups\":[{\"filters\":[{\"field\":\"type_id\","
                            "\"value\":\"simple\",\"condition_type\":\"eq\"}]}],\"sort_orders\":[{\"field\":"
                            "\"created_at\",\"direction\":\"DESC\"}],\"page_size\":";
    while (out.size() + tail.size() + 64 < targetBytes || id == 1) {
        if (id > 1)
            out += ',';
        writer.product(out, id);
        ++id;
    }
    const int count = id - 1;
    out += tail + QByteArray::number(count) + ",\"current_page\":1},\"total_count\":" + QByteArray::number(count * 7)
        + '}';
    return out;
}

} // namespace studio::test
