package org.onedoor.catalog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the catalogue's refusals (fields, procedures, priority groups, and importing them),
 * Vietnamese first; English in messages/catproblem_en.properties. Answered as ProblemWords' are (see
 * {@code Problem#badRequest(Class, java.util.function.Function)}), in the language the client reads.
 * The words that counters and tickets use too (no such field, no such procedure) stay in ProblemWords.
 */
@MessageBundle(value = "catproblem", locale = "vi")
public interface CatalogProblems {

    @Message("Không có nhóm ưu tiên mã '{code}' đang dùng ở trung tâm này.")
    String noPriorityGroup(String code);

    @Message("Mã lĩnh vực '{code}' không hợp lệ: dùng {pattern}.")
    String invalidFieldCode(String code, String pattern);

    @Message("Mã nhóm ưu tiên '{code}' không hợp lệ: dùng {pattern}.")
    String invalidGroupCode(String code, String pattern);

    @Message("Một lĩnh vực có chữ cái đầu số hoặc dải số, không có cả hai.")
    String prefixOrBlock();

    @Message("Lĩnh vực mới cần chữ cái đầu số (như \"A\") hoặc dải số (1-9).")
    String fieldNeedsPrefix();

    @Message("Cần có tên tiếng Việt.")
    String needsVietnameseName();

    @Message("Tệp nhập trống.")
    String importEmpty();

    @Message("Tệp nhập không phải văn bản {charset} (lỗi ở dòng {line}), nên chữ có dấu sẽ hỏng: hãy lưu lại tệp"
            + " bằng “CSV UTF-8” (Excel: Lưu thành, chọn CSV UTF-8) rồi nhập lại.")
    String importNotText(String charset, long line);

    @Message("Không đọc được bảng mã {charset}; hãy gửi tệp UTF-8.")
    String importCharsetUnknown(String charset);

    @Message("Dòng dữ liệu {row} có ký tự NUL (mã 0), không lưu được: hãy xuất lại tệp.")
    String importNul(long row);

    @Message("Dòng CSV {line} có {cells} ô; dòng tiêu đề có {header}.")
    String csvLineCells(long line, int cells, int header);

    @Message("Tệp nhập không có cột code (mã); các cột của nó: {found}. Dòng đầu của tệp là tên các cột, trong số: {accepted}.")
    String importNoCodeColumn(String found, String accepted);

    @Message("Không đọc được tệp CSV: {reason}")
    String csvUnreadable(String reason);

    @Message("Không đọc được JSON: {reason}")
    String jsonUnreadable(String reason);

    @Message("Tệp nhập JSON là một mảng các đối tượng.")
    String jsonNotArray();

    @Message("Mỗi phần tử của tệp nhập JSON phải là một đối tượng.")
    String jsonItemNotObject();

    @Message("Tệp nhập không có dòng nào: CSV cần một dòng tiêu đề và mỗi mục một dòng, JSON là một mảng các đối tượng.")
    String importNoRows();

    @Message("Tệp nhập có {count} dòng sai; chưa có gì thay đổi.")
    String importBadRows(int count);

    @Message("dòng {row}{#if code} ({code}){/if}: {error}")
    String importRowError(long row, String code, String error);

    @Message("{path} {message}")
    String invalidValue(String path, String message);

    @Message("{column} '{value}' không phải số nguyên")
    String notWholeNumber(String column, String value);

    @Message("{column} '{value}' không phải true hoặc false (có hoặc không)")
    String notTrueOrFalse(String column, String value);

    @Message("thiếu name_vi")
    String importNameViMissing();

    @Message("có tên dài quá {max} ký tự")
    String importNameTooLong(int max);

    @Message("lĩnh vực '{code}' không có ở trung tâm này")
    String importFieldMissing(String code);

    @Message("online_url '{url}' không phải địa chỉ http(s) dài tối đa 500 ký tự")
    String importUrlInvalid(String url);

    @Message("mã thủ tục '{code}' không hợp lệ")
    String importProcedureCodeInvalid(String code);

    @Message("mọi chữ cái đầu số đã được dùng; hãy ghi chữ cái cho lĩnh vực này")
    String importPrefixesTaken();

    @Message("mã xuất hiện hai lần trong tệp nhập")
    String importCodeTwice();

    @Message("lĩnh vực {first} và {second} trùng chữ cái đầu số {value}")
    String importSamePrefix(String first, String second, String value);

    @Message("Lĩnh vực {other} đã dùng {#if prefix}chữ cái đầu số {prefix}{#else}dải số {block}{/if}; hãy chọn cách đánh số khác cho lĩnh vực {code}.")
    String numberingOfOtherField(String code, String other, String prefix, Integer block);

    @Message("Lĩnh vực {code}: một lĩnh vực khác đã cấp số theo ký hiệu hoặc dải số này hôm nay; đổi vào ngày mai, hoặc chọn ký hiệu khác.")
    String numberingTakenToday(String code);

    @Message("lĩnh vực {first} và {second} trùng dải số {value}")
    String importSameBlock(String first, String second, String value);

    @Message("lĩnh vực {first} nhận {value}, cách đánh số mà lĩnh vực {second} bỏ trong cùng tệp nhập: hãy nhập làm hai lần,"
            + " lần đầu đổi lĩnh vực {second}")
    String importTakesReleasedNumbering(String first, String second, String value);
}
