// A small Magento-like GraphQL server for the studio's tests: products (interface + implementations),
// categories, store config, customer token and an authenticated customer query, cart mutations.
// Usage: node server.mjs [--port N] [--no-introspection]   (port 0 = any free port).
// Prints "listening http://127.0.0.1:PORT/graphql". --no-introspection refuses __schema / __type queries with
// graphql-js's NoSchemaIntrospectionCustomRule, as production servers (Magento's graphql/introspection off) do.
import fs from 'node:fs';
import http from 'node:http';
import { buildSchema, GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const sdl = /* GraphQL */ `
  "Money in a currency."
  type Money { value: Float, currency: CurrencyEnum }
  enum CurrencyEnum { EUR USD GBP }
  type ProductPrice { regular_price: Money!, final_price: Money! }
  type PriceRange { minimum_price: ProductPrice!, maximum_price: ProductPrice }
  enum ProductStockStatus { IN_STOCK OUT_OF_STOCK }

  "Fields every product type has, as in Magento's ProductInterface."
  interface ProductInterface {
    uid: ID!
    sku: String
    name: String
    url_key: String
    stock_status: ProductStockStatus
    price_range: PriceRange!
    categories: [CategoryInterface]
  }
  type SimpleProduct implements ProductInterface {
    uid: ID!
    sku: String
    name: String
    url_key: String
    stock_status: ProductStockStatus
    price_range: PriceRange!
    categories: [CategoryInterface]
    weight: Float
  }
  type ConfigurableVariant { attributes: [ConfigurableAttributeOption], product: SimpleProduct }
  type ConfigurableAttributeOption { code: String, label: String, value_index: Int }
  type ConfigurableProduct implements ProductInterface {
    uid: ID!
    sku: String
    name: String
    url_key: String
    stock_status: ProductStockStatus
    price_range: PriceRange!
    categories: [CategoryInterface]
    variants: [ConfigurableVariant]
  }
  interface CategoryInterface { uid: ID!, name: String, url_path: String, product_count: Int }
  type CategoryTree implements CategoryInterface {
    uid: ID!
    name: String
    url_path: String
    product_count: Int
    children: [CategoryTree]
  }
  type SearchResultPageInfo { current_page: Int, page_size: Int, total_pages: Int }
  type Products { items: [ProductInterface], total_count: Int, page_info: SearchResultPageInfo }
  input FilterEqualTypeInput { eq: String, in: [String] }
  input FilterMatchTypeInput { match: String }
  input FilterRangeTypeInput { from: String, to: String }
  input ProductAttributeFilterInput {
    sku: FilterEqualTypeInput
    name: FilterMatchTypeInput
    price: FilterRangeTypeInput
    category_uid: FilterEqualTypeInput
  }
  enum SortEnum { ASC DESC }
  input ProductAttributeSortInput { name: SortEnum, price: SortEnum, relevance: SortEnum }
  type StoreConfig { store_code: ID, store_name: String, locale: String, base_currency_code: String, timezone: String }
  type CustomerToken { token: String }
  type CustomerAddress { id: Int, city: String, postcode: String, country_code: String, default_shipping: Boolean }
  type Customer { firstname: String, lastname: String, email: String, addresses: [CustomerAddress] }
  type CartItem { uid: ID!, quantity: Float!, product: ProductInterface! }
  type Cart { id: ID!, items: [CartItem], total_quantity: Float! }
  input CartItemInput { sku: String!, quantity: Float! }
  type AddProductsToCartOutput { cart: Cart! }

  type Query {
    "Search and filter the catalogue, as Magento's products query."
    products(search: String, filter: ProductAttributeFilterInput, sort: ProductAttributeSortInput,
             pageSize: Int = 20, currentPage: Int = 1): Products
    categoryList: [CategoryTree]
    storeConfig: StoreConfig
    "The customer of the bearer token (generateCustomerToken)."
    customer: Customer
    cart(cart_id: String!): Cart
  }
  type Mutation {
    generateCustomerToken(email: String!, password: String!): CustomerToken
    createEmptyCart: String
    addProductsToCart(cartId: String!, cartItems: [CartItemInput!]!): AddProductsToCartOutput
  }
`;

const schema = buildSchema(sdl);

const colours = ['Black', 'Blue', 'Green', 'Red', 'White'];
const kinds = ['Backpack', 'Jacket', 'Tee', 'Hoodie', 'Watch', 'Bag', 'Shorts', 'Cap'];
const categories = [
  { uid: 'Mw==', name: 'Gear', url_path: 'gear', children: [] },
  { uid: 'MTE=', name: 'Men', url_path: 'men', children: [] },
  { uid: 'MjA=', name: 'Women', url_path: 'women', children: [] },
];
const products = [];
for (let i = 1; i <= 60; i++) {
  const kind = kinds[i % kinds.length];
  const colour = colours[i % colours.length];
  const price = Math.round((9.5 + (i * 37) % 120) * 100) / 100;
  const category = categories[i % categories.length];
  const configurable = i % 10 === 0;
  products.push({
    __typename: configurable ? 'ConfigurableProduct' : 'SimpleProduct',
    uid: Buffer.from(String(i)).toString('base64'),
    sku: `MS-${String(i).padStart(4, '0')}`,
    name: `${colour} ${kind} ${i}`,
    url_key: `${colour}-${kind}-${i}`.toLowerCase(),
    stock_status: i % 7 === 0 ? 'OUT_OF_STOCK' : 'IN_STOCK',
    price,
    weight: configurable ? undefined : 0.2 + (i % 5) / 10,
    categoryUid: category.uid,
    variants: configurable ? ['S', 'M', 'L'].map((size, n) => ({
      attributes: [{ code: 'size', label: size, value_index: 160 + n }],
      product: { __typename: 'SimpleProduct', uid: `${i}-${size}`, sku: `MS-${String(i).padStart(4, '0')}-${size}`,
                 name: `${colour} ${kind} ${i}-${size}`, price, stock_status: 'IN_STOCK', categoryUid: category.uid },
    })) : undefined,
  });
}

const money = (value) => ({ value, currency: 'EUR' });
const priceRange = (p) => ({ minimum_price: { regular_price: money(p.price), final_price: money(p.price) },
                             maximum_price: { regular_price: money(p.price), final_price: money(p.price) } });
const withResolvers = (p) => p && ({
  ...p,
  price_range: () => priceRange(p),
  categories: () => categories.filter((c) => c.uid === p.categoryUid)
    .map((c) => ({ ...c, __typename: 'CategoryTree', product_count: products.filter((x) => x.categoryUid === c.uid).length })),
  variants: p.variants && p.variants.map((v) => ({ ...v, product: withResolvers(v.product) })),
});

const customers = { 'roni_cost@example.com': { password: 'roni_cost3@example.com', firstname: 'Veronica', lastname: 'Costello',
  addresses: [{ id: 1, city: 'Calder', postcode: '49628-7978', country_code: 'US', default_shipping: true }] } };
const tokens = new Map();
const carts = new Map();
let nextCart = 1;

const root = {
  products: ({ search, filter, sort, pageSize, currentPage }) => {
    if (pageSize < 1) throw new GraphQLError('pageSize value must be greater than 0.');
    if (currentPage < 1) throw new GraphQLError('currentPage value must be greater than 0.');
    let list = products.slice();
    if (search) list = list.filter((p) => p.name.toLowerCase().includes(search.toLowerCase()));
    if (filter?.sku?.eq) list = list.filter((p) => p.sku === filter.sku.eq);
    if (filter?.sku?.in) list = list.filter((p) => filter.sku.in.includes(p.sku));
    if (filter?.name?.match) list = list.filter((p) => p.name.toLowerCase().includes(filter.name.match.toLowerCase()));
    if (filter?.price?.from) list = list.filter((p) => p.price >= Number(filter.price.from));
    if (filter?.price?.to) list = list.filter((p) => p.price <= Number(filter.price.to));
    if (filter?.category_uid?.eq) list = list.filter((p) => p.categoryUid === filter.category_uid.eq);
    if (sort?.name) list.sort((a, b) => a.name.localeCompare(b.name) * (sort.name === 'DESC' ? -1 : 1));
    if (sort?.price) list.sort((a, b) => (a.price - b.price) * (sort.price === 'DESC' ? -1 : 1));
    const totalPages = Math.max(1, Math.ceil(list.length / pageSize));
    if (currentPage > totalPages && list.length > 0)
      throw new GraphQLError(`currentPage value ${currentPage} specified is greater than the ${totalPages} page(s) available.`);
    return {
      items: list.slice((currentPage - 1) * pageSize, currentPage * pageSize).map(withResolvers),
      total_count: list.length,
      page_info: { current_page: currentPage, page_size: pageSize, total_pages: totalPages },
    };
  },
  categoryList: () => categories.map((c) => ({ ...c, product_count: products.filter((p) => p.categoryUid === c.uid).length })),
  storeConfig: () => ({ store_code: 'default', store_name: 'Default Store View', locale: 'en_US',
                        base_currency_code: 'EUR', timezone: 'Europe/Berlin' }),
  generateCustomerToken: ({ email, password }) => {
    const customer = customers[email];
    if (!customer || customer.password !== password)
      throw new GraphQLError('The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
                             { extensions: { category: 'graphql-authentication' } });
    const token = `tok-${tokens.size + 1}-${Date.now().toString(36)}`;
    tokens.set(token, email);
    return { token };
  },
  customer: (_args, context) => {
    const email = context.customerEmail;
    if (!email)
      throw new GraphQLError("The current customer isn't authorized.", { extensions: { category: 'graphql-authorization' } });
    const { password: _ignored, ...rest } = customers[email];
    return { ...rest, email };
  },
  createEmptyCart: () => { const id = `cart${nextCart++}`; carts.set(id, []); return id; },
  cart: ({ cart_id }) => {
    if (!carts.has(cart_id)) throw new GraphQLError(`Could not find a cart with ID "${cart_id}"`);
    return cartView(cart_id);
  },
  addProductsToCart: ({ cartId, cartItems }) => {
    if (!carts.has(cartId)) throw new GraphQLError(`Could not find a cart with ID "${cartId}"`);
    for (const item of cartItems) {
      const product = products.find((p) => p.sku === item.sku);
      if (!product) throw new GraphQLError(`Could not find a product with SKU "${item.sku}"`);
      carts.get(cartId).push({ uid: `${cartId}-${carts.get(cartId).length + 1}`, quantity: item.quantity, product });
    }
    return { cart: cartView(cartId) };
  },
};

function cartView(id) {
  const items = carts.get(id).map((i) => ({ ...i, product: withResolvers(i.product) }));
  return { id, items, total_quantity: items.reduce((n, i) => n + i.quantity, 0) };
}

const noIntrospection = process.argv.includes('--no-introspection');
const handler = createHandler({
  schema,
  rootValue: root,
  validationRules: noIntrospection ? [NoSchemaIntrospectionCustomRule] : [],
  context: (req) => {
    const auth = req.raw.headers.authorization || '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    return { customerEmail: tokens.get(token) };
  },
});

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) return handler(req, res);
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/graphql`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
// Started by a test (tests/support/nodepeer.h) stdin is a pipe from the test process: when that process dies
// without stopping the server (an abort, a crash), the pipe closes and the server goes too, instead of living on
// and holding the test runner's output open.
const stdinStat = fs.fstatSync(0);
if (stdinStat.isFIFO() || stdinStat.isSocket()) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
