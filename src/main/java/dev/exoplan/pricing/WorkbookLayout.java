package dev.exoplan.pricing;

import java.util.List;

/**
 * The sheets of a clinic price list kept in a workbook (issue 19), format version 2: a sheet
 * "clinic" of fields (one a row: a Japanese label, the field's key, its value) and one table a
 * sheet for items, steps, courses, fees, sets and discounts (row 1 the Japanese headers, row 2 the
 * English keys, one entry a row from row 3). Steps and courses name their item in the column
 * "item". {@link WorkbookReader} reads it into the tree the YAML reader makes, {@link
 * WorkbookWriter} writes it from one.
 */
final class WorkbookLayout {
  private WorkbookLayout() {}

  /** What a cell holds, for reading it and for the drop-down list the template gives it. */
  enum Type {
    TEXT, NUMBER, PRICE, BOOL, LIST, DATE,
    /** Issue 19: a number of sessions, or a range of them (2..3). */
    COUNT,
    /** Issue 20: whole numbers separated by commas (a loan's allowed counts: 3, 6, 10). */
    NUMBERS
  }

  /** A column (or a row of the clinic sheet): its key (dots nest: name.ja), label and type. */
  record Column(String key, String ja, Type type, List<String> choices) {
    Column(String key, String ja, Type type) {
      this(key, ja, type, type == Type.BOOL ? List.of("true", "false") : List.of());
    }
  }

  /** A sheet: its name, the key its rows are listed under in the tree, its columns. */
  record Sheet(String name, String ja, String key, List<Column> columns) {
    boolean child() {
      return columns.get(0).key().equals(ITEM);
    }

    Column column(String key) {
      return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
  }

  /** The column of steps and courses naming their item. */
  static final String ITEM = "item";
  /** Rows before the first entry of a table: the Japanese headers, then the keys. */
  static final int HEADER_ROWS = 2;

  static final List<String> METHODS = List.of("iv", "injection", "scalp", "topical", "none");

  static final Sheet CLINIC = new Sheet("clinic", "クリニック", "", List.of(
      new Column("format", "形式(変更しない)", Type.TEXT, List.of("exoplan-pricing")),
      new Column("version", "形式の版(変更しない)", Type.NUMBER, List.of("2")),
      new Column("kind", "種類(変更しない)", Type.TEXT, List.of("clinic")),
      new Column("id", "価格表のID(英小文字・数字・-)", Type.TEXT),
      new Column("name.ja", "価格表の名前(日本語)", Type.TEXT),
      new Column("name.en", "価格表の名前(英語)", Type.TEXT),
      new Column("currency", "通貨", Type.TEXT, List.of("JPY")),
      new Column("tax", "税の表示(税込・税抜・記載なし)", Type.TEXT,
          List.of("included", "excluded", "not-stated")),
      new Column("taxNote.ja", "税についての注記(日本語)", Type.TEXT),
      new Column("taxNote.en", "税についての注記(英語)", Type.TEXT),
      new Column("effective", "適用開始日(YYYY-MM-DD)", Type.DATE),
      new Column("clinic.name.ja", "クリニック名(日本語)", Type.TEXT),
      new Column("clinic.name.en", "クリニック名(英語)", Type.TEXT),
      new Column("clinic.address", "住所", Type.TEXT),
      new Column("clinic.phone", "電話番号", Type.TEXT),
      new Column("clinic.example", "見本(架空)か", Type.BOOL),
      new Column("clinic.quoteValidityDays", "見積の有効日数", Type.NUMBER),
      new Column("clinic.taxRatePercent", "消費税率(%)", Type.NUMBER),
      new Column("clinic.rounding", "端数処理(切り捨て・四捨五入・切り上げ)", Type.TEXT,
          List.of("down", "half-up", "up")),
      new Column("clinic.registrationNumber", "登録番号(インボイス)", Type.TEXT),
      new Column("clinic.registrant", "登録事業者(法人・個人)", Type.TEXT,
          List.of("corporation", "individual"))));

  static final Sheet ITEMS = new Sheet("items", "メニュー", "items", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("method", "方法", Type.TEXT, METHODS),
      new Column("standard", "標準", Type.BOOL),
      new Column("price", "料金(〜円は 33000〜)", Type.PRICE),
      new Column("member", "会員価格", Type.PRICE),
      new Column("trial", "初回価格", Type.PRICE),
      new Column("memberTrial", "会員の初回価格", Type.PRICE),
      new Column("unit", "量の単位(段階料金)", Type.TEXT, List.of("cc", "ampoule"))));

  static final Sheet STEPS = new Sheet("steps", "段階料金", "steps", List.of(
      new Column(ITEM, "メニューID", Type.TEXT),
      new Column("amount", "量", Type.NUMBER),
      new Column("price", "料金", Type.PRICE),
      new Column("member", "会員価格", Type.PRICE),
      new Column("trial", "初回価格", Type.PRICE),
      new Column("memberTrial", "会員の初回価格", Type.PRICE)));

  static final Sheet COURSES = new Sheet("courses", "コース", "courses", List.of(
      new Column(ITEM, "メニューID", Type.TEXT),
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("amount", "量(段階料金のメニュー)", Type.NUMBER),
      new Column("sessions", "回数(幅は 2..3)", Type.COUNT),
      new Column("price", "料金", Type.PRICE),
      new Column("member", "会員価格", Type.PRICE),
      new Column("validMonths", "有効期間(月)", Type.NUMBER)));

  static final Sheet FEES = new Sheet("fees", "料金・オプション", "fees", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("price", "料金(要問合せは on-request)", Type.PRICE),
      new Column("per", "単位(1回限り・来院ごと・再診ごと)", Type.TEXT,
          List.of("once", "visit", "revisit")),
      new Column("mandatory", "必須", Type.BOOL),
      new Column("items", "対象メニューID(カンマ区切り、空欄は全て)", Type.LIST),
      new Column("lapseMonths", "前回来院からこの月数以上で再び請求", Type.NUMBER),
      new Column("minutes", "時間単位(分、例 30: 30分ごとの料金)", Type.NUMBER)));

  static final Sheet SETS = new Sheet("sets", "セット", "sets", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("items", "メニューID(カンマ区切り、2つ以上)", Type.LIST),
      new Column("price", "料金", Type.PRICE),
      new Column("member", "会員価格", Type.PRICE)));

  static final Sheet DISCOUNTS = new Sheet("discounts", "割引", "discounts", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("percent", "割引率(%)", Type.NUMBER),
      new Column("amount", "割引額(円)", Type.NUMBER),
      new Column("automatic", "自動で適用", Type.BOOL)));

  /** Issue 19: surcharges for a group of patients (+20 % for patients from abroad). */
  static final Sheet SURCHARGES = new Sheet("surcharges", "割増", "surcharges", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("percent", "割増率(%)", Type.NUMBER),
      new Column("amount", "割増額(円)", Type.NUMBER),
      new Column("automatic", "自動で適用", Type.BOOL)));

  /** Issue 19: one course for several items (face or scalp). */
  static final Sheet SHARED = new Sheet("sharedCourses", "共通コース", "sharedCourses", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("items", "メニューID(カンマ区切り、2つ以上)", Type.LIST),
      new Column("sessions", "回数(幅は 2..3)", Type.COUNT),
      new Column("price", "料金", Type.PRICE),
      new Column("member", "会員価格", Type.PRICE),
      new Column("validMonths", "有効期間(月)", Type.NUMBER)));

  /** Issue 20: the loan products the clinic names (docs/clinic-price-lists.md, section 17). */
  static final Sheet LOANS = new Sheet("loans", "医療ローン", "loans", List.of(
      new Column("id", "ID", Type.TEXT),
      new Column("name.ja", "名前(日本語)", Type.TEXT),
      new Column("name.en", "名前(英語)", Type.TEXT),
      new Column("method", "方式(元利均等・アドオン)", Type.TEXT, List.of("amortised", "addon")),
      new Column("rate", "年率(%、例 15.00)", Type.NUMBER),
      new Column("counts", "選べる支払回数(カンマ区切り)", Type.NUMBERS),
      new Column("minimum", "最低融資額(円)", Type.NUMBER)));

  /** The tables, in the order of the workbook's sheets after "clinic". */
  static final List<Sheet> TABLES = List.of(ITEMS, STEPS, COURSES, FEES, SETS, DISCOUNTS,
      SURCHARGES, SHARED, LOANS);
}
