// cpc's PDF text reader on poppler: a PDF's bytes -> each page's words in content-stream order, with position,
// size, font, and whether a marked-content sequence (a paragraph or list item of a tagged PDF) begins or ends just
// before the word.
// One synchronous call per document; cpc calls it from its ingestion worker threads.
//
// It uses poppler's TextOutputDev in raw order (no reading-order analysis: cpc's own layout code does that) and
// counts the content stream's characters as TextPage does, so that each marked-content boundary can be matched to
// the word after it. pdf.js, cpc's other PDF engine, starts a fresh text chunk at the same places. Pages that name
// the same fonts are drawn through one Gfx, so that each font is loaded once a document (PagePainter).
#include <node_api.h>

#include <Annot.h>
#include <Catalog.h>
#include <Error.h>
#include <Gfx.h>
#include <GfxFont.h>
#include <GlobalParams.h>
#include <Page.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <poppler-config.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

// x, y (baseline, up from the page's bottom), width, size, font, a space character follows, a marked-content
// sequence begins or ends just before the word
constexpr int kFields = 7;

void quiet(ErrorCategory, Goffset, const char *) {}

std::once_flag initialised;

void initialise() {
  std::call_once(initialised, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(quiet);
  });
}

// TextOutputDev that also notes, in TextPage's character positions, where each marked-content sequence begins
// and ends.
class MarkingTextOutputDev : public TextOutputDev {
public:
  MarkingTextOutputDev() : TextOutputDev(nullptr, false, 0, true, false) {}

  void startPage(int pageNum, GfxState *state, XRef *xref) override {
    TextOutputDev::startPage(pageNum, state, xref);
    position = 0;
    boundaries.clear();
    spaces.clear();
    lastFont = nullptr;
    fontsDrawn.clear();
  }
  void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c, int nBytes, const Unicode *u, int uLen) override {
    if (overBudget()) return;  // past the text limit: keep nothing more, the page is being abandoned
    TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    const GfxFont *font = state->getFont().get();
    if (font != lastFont) {
      lastFont = font;
      if (font != nullptr && std::find(fontsDrawn.begin(), fontsDrawn.end(), font) == fontsDrawn.end()) fontsDrawn.push_back(font);
    }
    chars += uLen > 0 ? uLen : 1;
    if (uLen > 0 && u[0] == 0x20) spaces.push_back(position);
    position += nBytes;
  }
  void incCharCount(int nChars) override {
    TextOutputDev::incCharCount(nChars);
    position += nChars;
  }
  void beginMarkedContent(const char *name, Dict *properties) override {
    if (draining) return;
    TextOutputDev::beginMarkedContent(name, properties);
    mark();
  }
  void endMarkedContent(GfxState *state) override {
    if (draining) {
      drained++;
      return;
    }
    TextOutputDev::endMarkedContent(state);
    mark();
  }
  void endActualText(GfxState *state) override {
    if (!draining) TextOutputDev::endActualText(state);
  }

  // While set, the marked-content sequences a page left open are being closed (see PagePainter): the device is not
  // told of them, as poppler's own page loop drops them unseen with its Gfx; `drained` counts them.
  bool draining = false;
  int drained = 0;
  // The fonts this page's text was drawn in.
  std::vector<const GfxFont *> fontsDrawn;

  // Character positions at which a marked-content sequence began or ended, ascending: pdf.js ends its text item
  // at both.
  std::vector<int> boundaries;
  // Character positions of space characters, ascending (TextOutputDev sets no word's spaceAfter in raw order).
  std::vector<int> spaces;
  // Characters drawn so far in the document, and the most it may draw: past it, reading stops (a compressed stream
  // of text operators would otherwise grow poppler's word lists without bound).
  double chars = 0;
  double maxChars = 0;

  bool overBudget() const { return chars > maxChars; }
  // displayPage's abort callback: poppler asks it between content-stream operators.
  static bool abortCheck(void *dev) { return static_cast<MarkingTextOutputDev *>(dev)->overBudget(); }

private:
  void mark() {
    if (boundaries.empty() || boundaries.back() != position) boundaries.push_back(position);
  }

  int position = 0;
  const GfxFont *lastFont = nullptr;
};

// Draws a document's pages into the device. Poppler's own page loop (PDFDoc::displayPage) gives each page a fresh
// Gfx, which loads every font the page's resources name (its widths, its ToUnicode map, the start of its embedded
// program), though most documents name the same font objects on every page: a sixth of poppler's time on long
// reports (400 of the sector benchmark's PDFs: 15.7 s, 13.3 s with this). Pages of one crop box whose fonts agree
// (each name, on every such page, the same font object) are drawn through one Gfx that loads those fonts once:
// each page's other resources are pushed over them, its contents drawn between a saved and a restored graphics
// state, and its annotations as poppler draws them. The words are those of poppler's own loop, which draws any
// other page, and a shared page again when sharing could have changed it:
// - a document with optional content (layers) is not shared at all: a layer left off could hide later pages;
// - nor a page without resources (poppler draws no text from it);
// - the marked-content sequences a page leaves open are closed after it, unseen by the device, as poppler's loop
//   drops them with its Gfx (past kDrain of them, the rest of the document is drawn by poppler's loop);
// - a page whose text was drawn in a shared font it does not name itself (a name it uses but never declares, which
//   poppler would not find) is drawn again by poppler's loop.
// Loading every page's fonts before the first page is drawn could make poppler rebuild a damaged file's
// cross-reference table sooner than its own loop would; `rebuiltTable` says so, and the caller then reads a fresh
// copy of the file without sharing.
class PagePainter {
public:
  PagePainter(PDFDoc &doc, MarkingTextOutputDev &dev, bool share, const int &rebuilds) : doc(doc), dev(dev), shared(doc.getNumPages() + 1, false) {
    const int before = rebuilds;
    if (share) prepare();
    rebuiltTable = rebuilds != before;
  }

  // Preparing made poppler rebuild the cross-reference table: this document's words may not be poppler's own.
  bool rebuiltTable = false;

  void paint(int page) {
    if (gfx == nullptr || !shared[page]) return drawAlone(page);
    Page *p = doc.getPage(page);
    XRef *xref = doc.getXRef();
    GfxState *state = gfx->getState();
    dev.startPage(page, state, xref);
    dev.setDefaultCTM(state->getCTM());
    dev.updateAll(state);
    const double charsBefore = dev.chars;
    Dict *resources = p->getResourceDict();  // not null: see prepare
    Object own(resources->copy(xref));  // the page's resources but its fonts
    own.getDict()->remove("Font");
    gfx->pushResources(own.getDict());
    Object contents = p->getContents();
    if (!contents.isNull()) {
      gfx->saveState();
      gfx->display(&contents);
      gfx->restoreState();
    } else {
      dev.dump();
    }
    Annots *annots = p->getAnnots();
    if (!annots->getAnnots().empty()) {
      for (Annot *annot : annots->getAnnots()) annot->draw(gfx.get(), false);
      dev.dump();
    }
    const bool allClosed = closeOpenSequences();
    gfx->popResources();
    dev.endPage();
    if (usedUndeclaredFont(resources->lookup("Font"))) {
      dev.chars = charsBefore;
      drawAlone(page);
    }
    if (!allClosed) gfx.reset();
  }

private:
  // How many marked-content sequences left open by a page are closed after it; a page that leaves more ends sharing.
  static constexpr int kDrain = 16;

  // rotate back the page's own /Rotate: positions in the page's unrotated space, as pdf.js reports them
  void drawAlone(int page) { doc.displayPage(&dev, page, 72, 72, (360 - doc.getPageRotate(page)) % 360, false, true, false, MarkingTextOutputDev::abortCheck, &dev); }

  // End, unseen by the device, the marked-content sequences the page left open (an `EMC` with none open does
  // nothing); false when there may be more than kDrain of them.
  bool closeOpenSequences() {
    static const char ends[] = "EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC EMC";
    static_assert(sizeof ends == kDrain * 4, "one EMC a sequence");
    Object stream(static_cast<Stream *>(new MemStream(ends, 0, sizeof ends - 1, Object(objNull))));
    dev.draining = true;
    dev.drained = 0;
    gfx->display(&stream, false);
    dev.draining = false;
    return dev.drained < kDrain;
  }

  // Whether the page's text was drawn in a shared font under a name the page's own font resources do not give it.
  bool usedUndeclaredFont(const Object &pageFonts) const {
    for (const GfxFont *font : dev.fontsDrawn) {
      auto known = fonts.find(font->getTag());
      if (known == fonts.end() || known->second != *font->getID()) continue;  // not one of the shared fonts
      if (!pageFonts.isDict()) return true;
      const Object &own = pageFonts.dictLookupNF(font->getTag().c_str());
      if (!own.isRef() || own.getRef() != *font->getID()) return true;
    }
    return false;
  }

  void prepare() {
    if (doc.getCatalog()->getOptContentConfig() != nullptr) return;
    const int count = doc.getNumPages();
    XRef *xref = doc.getXRef();
    const PDFRectangle *box = nullptr;
    int first = 0, sharing = 0;
    // every page is drawn unturned (paint undoes its /Rotate), so pages of one crop box share one graphics state
    for (int page = 1; page <= count; page++) {
      Page *p = doc.getPage(page);
      if (p == nullptr) continue;
      if (box != nullptr && !(*p->getCropBox() == *box)) continue;
      Dict *resources = p->getResourceDict();
      if (resources == nullptr || !agree(resources->lookup("Font"), fonts)) continue;
      if (box == nullptr) {
        box = p->getCropBox();
        first = page;
      }
      shared[page] = true;
      sharing++;
    }
    if (sharing < 2) return;
    Dict *fontDict = new Dict(xref);
    for (const auto &[name, ref] : fonts) fontDict->add(name.c_str(), Object(ref));
    Object base(new Dict(xref));
    base.getDict()->add("Font", Object(fontDict));
    gfx = std::make_unique<Gfx>(&doc, &dev, first, base.getDict(), 72, 72, box, nullptr, 0, MarkingTextOutputDev::abortCheck, &dev, xref);
  }

  // Whether a page's font resources name no font that an earlier shared page names otherwise; if so, `fonts` takes
  // its names.
  static bool agree(const Object &pageFonts, std::map<std::string, Ref> &fonts) {
    if (pageFonts.isNull()) return true;
    if (!pageFonts.isDict()) return false;
    Dict *dict = pageFonts.getDict();
    for (int i = 0; i < dict->getLength(); i++) {
      const Object &value = dict->getValNF(i);
      if (!value.isRef()) return false;
      auto known = fonts.find(dict->getKey(i));
      if (known != fonts.end() && known->second != value.getRef()) return false;
    }
    for (int i = 0; i < dict->getLength(); i++) fonts.emplace(dict->getKey(i), dict->getValNF(i).getRef());
    return true;
  }

  PDFDoc &doc;
  MarkingTextOutputDev &dev;
  std::vector<bool> shared;
  // The shared fonts: each name, the font object it names on every shared page.
  std::map<std::string, Ref> fonts;
  std::unique_ptr<Gfx> gfx;
};

napi_value fail(napi_env env, const char *code, const std::string &message) {
  napi_value error_code, error_message, error;
  napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &error_code);
  napi_create_string_utf8(env, message.c_str(), message.size(), &error_message);
  napi_create_error(env, error_code, error_message, &error);
  napi_throw(env, error);
  return nullptr;
}

napi_value utf8(napi_env env, const std::string &text) {
  napi_value value;
  napi_create_string_utf8(env, text.data(), text.size(), &value);
  return value;
}

void set(napi_env env, napi_value object, const char *key, napi_value value) { napi_set_named_property(env, object, key, value); }

void appendUtf8(std::string &out, Unicode u) {
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (u >> 6)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
    out.push_back(static_cast<char>(0xE0 | (u >> 12)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x110000) {
    out.push_back(static_cast<char>(0xF0 | (u >> 18)));
    out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    appendUtf8(out, 0xFFFD);
  }
}

struct Fonts {
  std::unordered_map<std::string, int> index;
  std::vector<std::string> names;

  int of(const TextWord &word) {
    const TextFontInfo *info = word.getFontInfo(0);
    const GooString *name = info == nullptr ? nullptr : info->getFontName();
    std::string key = name == nullptr ? std::string() : name->toStr();
    auto known = index.find(key);
    if (known != index.end()) return known->second;
    const int next = static_cast<int>(names.size());
    index.emplace(key, next);
    names.push_back(std::move(key));
    return next;
  }
};

// One page -> { words: string (NUL-separated), numbers: Float64Array(kFields per word) }, or nullptr (an error
// is then pending) when a buffer cannot be made or the document's text passes the limit.
napi_value readPage(napi_env env, PDFDoc &doc, int page, PagePainter &painter, MarkingTextOutputDev &dev, Fonts &fonts) {
  painter.paint(page);
  if (dev.overBudget()) return fail(env, "too-large", "more characters of text than the limit");
  const double height = doc.getPageCropHeight(page);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  const int count = list ? list->getLength() : 0;
  std::string text;
  napi_value buffer, numbers;
  double *data = nullptr;
  if (napi_create_arraybuffer(env, static_cast<size_t>(count) * kFields * sizeof(double), reinterpret_cast<void **>(&data), &buffer) != napi_ok ||
      napi_create_typedarray(env, napi_float64_array, static_cast<size_t>(count) * kFields, buffer, 0, &numbers) != napi_ok || (count > 0 && data == nullptr)) {
    return nullptr;
  }
  size_t boundary = 0;  // the next marked-content boundary not yet matched to a word
  size_t space = 0;  // the next space character not yet passed
  int previousEnd = 0;
  for (int i = 0; i < count; i++) {
    const TextWord *word = list->get(i);
    if (i > 0) text.push_back('\0');
    for (int c = 0; c < word->getLength(); c++) appendUtf8(text, *word->getChar(c));
    double xMin, yMin, xMax, yMax;
    word->getBBox(&xMin, &yMin, &xMax, &yMax);
    const int position = word->getCharPos();
    bool opens = false;
    while (boundary < dev.boundaries.size() && dev.boundaries[boundary] <= position) {
      if (dev.boundaries[boundary] >= previousEnd) opens = true;
      boundary++;
    }
    previousEnd = position + word->getCharLen();
    while (space < dev.spaces.size() && dev.spaces[space] < previousEnd) space++;
    const TextWord *next = i + 1 < count ? list->get(i + 1) : nullptr;
    const bool spaced = space < dev.spaces.size() && (next == nullptr || dev.spaces[space] < next->getCharPos());
    double *row = data + static_cast<size_t>(i) * kFields;
    row[0] = xMin;
    row[1] = height - word->getBaseline();
    row[2] = xMax - xMin;
    row[3] = word->getFontSize();
    row[4] = fonts.of(*word);
    row[5] = spaced ? 1 : 0;
    row[6] = opens ? 1 : 0;
  }
  napi_value result;
  napi_create_object(env, &result);
  set(env, result, "words", utf8(env, text));
  set(env, result, "numbers", numbers);
  return result;
}

// readPdf(bytes: Uint8Array, maxChars?: number) -> { pages: Page[], fonts: string[] }; throws an Error whose code
// is 'pdf-corrupt', 'pdf-encrypted', or 'too-large' once the pages drawn hold more than maxChars characters.
napi_value ReadPdfUnguarded(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  bool typed = false;
  if (argc < 1 || napi_is_typedarray(env, argv[0], &typed) != napi_ok || !typed) return fail(env, "ERR_INVALID_ARG_TYPE", "readPdf expects a Uint8Array");
  napi_typedarray_type type;
  size_t length;
  void *bytes;
  napi_get_typedarray_info(env, argv[0], &type, &length, &bytes, nullptr, nullptr);
  if (type != napi_uint8_array) return fail(env, "ERR_INVALID_ARG_TYPE", "readPdf expects a Uint8Array");

  initialise();
  int rebuilds = 0;  // times poppler rebuilt a damaged file's cross-reference table
  const auto open = [&] {
    return std::make_unique<PDFDoc>(new MemStream(static_cast<const char *>(bytes), 0, static_cast<Goffset>(length), Object(objNull)), std::optional<GooString>(),
                                    std::optional<GooString>(), nullptr, [&rebuilds] { rebuilds++; });
  };
  std::unique_ptr<PDFDoc> doc = open();
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) return fail(env, "pdf-encrypted", "the PDF is encrypted and needs a password");
    const int code = doc->getErrorCode();
    return fail(env, "pdf-corrupt", code == errDamaged ? "the file is damaged or cut short" : code == errBadCatalog ? "its catalog (the list of pages) cannot be read" : "it is not a PDF poppler can parse");
  }
  MarkingTextOutputDev dev;
  dev.maxChars = 1e300;
  napi_valuetype limitType = napi_undefined;
  if (argc >= 2 && napi_typeof(env, argv[1], &limitType) == napi_ok && limitType == napi_number) napi_get_value_double(env, argv[1], &dev.maxChars);
  Fonts fonts;
  auto painter = std::make_unique<PagePainter>(*doc, dev, true, rebuilds);
  if (painter->rebuiltTable) {
    // a fresh copy of the file, read page by page as poppler's own loop reads it
    painter.reset();
    doc = open();
    painter = std::make_unique<PagePainter>(*doc, dev, false, rebuilds);
  }
  const int count = doc->getNumPages();
  napi_value pages;
  napi_create_array_with_length(env, count, &pages);
  for (int i = 1; i <= count; i++) {
    napi_value page = readPage(env, *doc, i, *painter, dev, fonts);
    if (page == nullptr) return nullptr;
    napi_set_element(env, pages, i - 1, page);
  }
  napi_value names;
  napi_create_array_with_length(env, fonts.names.size(), &names);
  for (size_t i = 0; i < fonts.names.size(); i++) napi_set_element(env, names, i, utf8(env, fonts.names[i]));
  napi_value result;
  napi_create_object(env, &result);
  set(env, result, "pages", pages);
  set(env, result, "fonts", names);
  return result;
}

// ReadPdfUnguarded with no C++ exception (std::bad_alloc on a huge page, say) escaping into Node, which would end
// the process: it becomes a pdf-corrupt error for this one file.
napi_value ReadPdf(napi_env env, napi_callback_info info) {
  try {
    return ReadPdfUnguarded(env, info);
  } catch (const std::exception &error) {
    return fail(env, "pdf-corrupt", std::string("poppler could not read it: ") + error.what());
  } catch (...) {
    return fail(env, "pdf-corrupt", "poppler could not read it");
  }
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_value read;
  napi_create_function(env, "readPdf", NAPI_AUTO_LENGTH, ReadPdf, nullptr, &read);
  napi_set_named_property(env, exports, "readPdf", read);
  set(env, exports, "popplerVersion", utf8(env, POPPLER_VERSION));
  return exports;
}
