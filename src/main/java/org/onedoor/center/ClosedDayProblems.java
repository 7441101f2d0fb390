package org.onedoor.center;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The words of the refusals about a center's closed dates, Vietnamese first (dates as the manager
 * writes them, 16/02/2027); English in messages/closedproblem_en.properties (ISO dates, as the API).
 */
@MessageBundle(value = "closedproblem", locale = "vi")
public interface ClosedDayProblems {

    @Message("Hãy chọn ngày nghỉ (from).")
    String dayNeeded();

    @Message("Ngày cuối {to.format('dd/MM/yyyy')} ở trước ngày đầu {from.format('dd/MM/yyyy')}.")
    String endsBeforeItStarts(LocalDate from, LocalDate to);

    @Message("Mỗi lần đặt tối đa {max} ngày nghỉ liền nhau; khoảng đã chọn có {days} ngày: hãy đặt làm nhiều lần.")
    String tooManyDays(long days, int max);

    @Message("Ngày {day.format('dd/MM/yyyy')} đã qua (hôm nay là {today.format('dd/MM/yyyy')}): chỉ đặt ngày nghỉ từ hôm nay trở đi.")
    String dayPast(LocalDate day, LocalDate today);

    @Message("Ngày {day.format('dd/MM/yyyy')} đã là ngày nghỉ{#if reason} ({reason}){/if}; chưa có ngày nào được thêm.")
    String alreadyClosed(LocalDate day, String reason);

    @Message("Lý do nghỉ dài tối đa {max} ký tự.")
    String reasonTooLong(int max);

    @Message("Ngày {day.format('dd/MM/yyyy')} không phải ngày nghỉ của trung tâm.")
    String notClosed(LocalDate day);

    @Message("Ngày {day.format('dd/MM/yyyy')} đã qua: ngày nghỉ đã qua được giữ làm hồ sơ, không bỏ được.")
    String pastKept(LocalDate day);

    @Message("'{value}' không phải một ngày (YYYY-MM-DD).")
    String notADate(String value);
}
