package org.onedoor.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the problems the API answers, Vietnamese first; English in
 * messages/problem_en.properties. A staff page or the guidance desk asks in its own language
 * (Accept-Language), and every other client gets English: see {@link ProblemLanguage}. States and
 * actions come in as their English codes and are put in words by {@link #ticketState},
 * {@link #counterState} and {@link #ticketAction}. A feature may word its own refusals in a bundle
 * of its own (DeviceProblems, CatalogProblems), answered the same way: see
 * {@link Problem#conflict(Class, java.util.function.Function)}.
 */
@MessageBundle(value = "problem", locale = "vi")
public interface ProblemWords {

    // ---- words used inside other messages

    @Message("{#when state}{#is 'WAITING'}đang chờ{#is 'CALLED'}đã được gọi{#is 'SERVING'}đang được phục vụ"
            + "{#is 'DONE'}đã xong{#is 'NO_SHOW'}đã bị đánh dấu vắng mặt{#is 'CANCELLED'}đã bị huỷ{#else}{state}{/when}")
    String ticketState(String state);

    @Message("{#when state}{#is 'OPEN'}đang mở{#is 'PAUSED'}đang tạm nghỉ{#is 'CLOSED'}đang đóng{#else}{state}{/when}")
    String counterState(String state);

    @Message("{#when action}{#is 'recall'}gọi lại{#is 'start serving'}bắt đầu phục vụ{#is 'complete'}hoàn thành"
            + "{#is 'mark as no-show'}đánh dấu vắng mặt{#is 'cancel'}huỷ{#is 'rate'}đánh giá{#is 'transfer'}chuyển"
            + "{#else}{action}{/when}")
    String ticketAction(String action);

    // ---- answers of every kind

    @Message("Hãy đăng nhập để làm việc này.")
    String signIn();

    @Message("Vai trò của bạn không được làm việc này.")
    String roleMayNot();

    @Message("Yêu cầu có giá trị không hợp lệ.")
    String invalidValues();

    @Message("Nội dung gửi lên không phải JSON hợp lệ cho yêu cầu này: {reason}")
    String notValidJson(String reason);

    @Message("Nội dung gửi lên không phải JSON hợp lệ cho yêu cầu này, tại {where}: {reason}")
    String notValidJsonAt(String where, String reason);

    @Message("Thay đổi này đã có rồi ({constraint}).")
    String alreadyExists(String constraint);

    @Message("Yêu cầu lấy số này đã được trả lời rồi, hoặc máy lấy số đã cấp cho công dân một số khác thay thế: không cấp thêm số.")
    String requestAnswered();

    @Message("Quầy này vừa gọi một công dân khác; xin xem lại quầy rồi thử lại.")
    String counterTookAnother();

    @Message("Thay đổi này không được phép ({constraint}).")
    String notAllowed(String constraint);

    @Message("Hiện chưa kết nối được cơ sở dữ liệu; chưa có gì thay đổi. Xin đợi một lát rồi thử lại.")
    String databaseUnreachable();

    @Message("Máy chủ không xử lý kịp (cơ sở dữ liệu chậm hoặc mất kết nối). Việc vừa yêu cầu có thể đã hoặc chưa"
            + " được thực hiện: hãy kiểm tra trước khi làm lại.")
    String deadlinePassed();

    @Message("Số {code} đã hoàn thành quá {minutes} phút; chỉ đánh giá được ngay khi vừa được phục vụ xong.")
    String ratingTooLate(String code, long minutes);

    @Message("Số {code} đang ở quầy {counter}, cùng lĩnh vực này rồi; hãy chuyển sang quầy khác hoặc lĩnh vực khác.")
    String alreadyAtThatCounter(String code, int counter);

    @Message("Máy chủ xử lý chậm nên chưa làm được việc này; chưa có gì được thực hiện. Xin thử lại sau vài giây.")
    String tooSlowNothingDone();

    @Message("Máy chủ đang bận: quá nhiều yêu cầu đang chờ cơ sở dữ liệu. Chưa có gì được thực hiện; xin thử lại"
            + " sau vài giây.")
    String serverBusy();

    @Message("Máy chủ gặp lỗi; lỗi đã được ghi lại.")
    String serverError();

    @Message("Đăng nhập sai quá nhiều lần với tên này hoặc từ địa chỉ này: xin thử lại sau {minutes} phút.")
    String tooManySignIns(long minutes);

    // ---- signing in and pages

    @Message("Hãy đăng nhập từ trang của chính máy chủ này.")
    String signInFromOwnPage();

    @Message("Hãy đăng xuất bằng nút trên trang.")
    String signOutFromPage();

    @Message("Thay đổi này cần tiêu đề {header} của trang (hãy tải lại trang).")
    String csrfHeaderMissing(String header);

    @Message("Thay đổi này được gửi từ một trang web khác nên không được thực hiện; hãy làm từ trang của máy chủ này.")
    String crossSiteChange();

    @Message("Người dùng '{user}' không làm việc ở trung tâm '{center}'.")
    String notInCenter(String user, String center);

    @Message("Người dùng '{user}' không được mở trang này.")
    String mayNotOpenPage(String user);

    @Message("Quản trị viên mở trang của một trung tâm bằng ?center=<mã>.")
    String adminNeedsCenter();

    @Message("Người dùng '{user}' chưa thuộc trung tâm nào.")
    String userHasNoCenter(String user);

    // ---- users

    @Message("ADMIN làm việc ở mọi trung tâm và không nhận vai trò nào khác.")
    String adminNoOtherRole();

    @Message("Hãy cho biết {roles} làm việc ở trung tâm nào.")
    String sayWhichCenter(String roles);

    @Message("Chỉ ADMIN mới tạo được quản trị viên và quản lý.")
    String onlyAdminCreatesManagers();

    @Message("Mật khẩu dài quá: tối đa 72 byte theo UTF-8 (một chữ có dấu chiếm 2–3 byte); mật khẩu này có {bytes} byte."
            + " Phần sau 72 byte sẽ không được kiểm tra, nên hãy chọn mật khẩu ngắn hơn.")
    String passwordTooLong(int bytes);

    @Message("Người dùng '{user}' đã có.")
    String userExists(String user);

    @Message("Không có người dùng '{user}'.")
    String noSuchUser(String user);

    @Message("Bạn không quản lý tài khoản '{user}': quản lý chỉ quản lý cán bộ và hướng dẫn viên của trung tâm mình.")
    String notYoursToManage(String user);

    @Message("Đổi mật khẩu của chính mình cần nhập đúng mật khẩu hiện tại.")
    String currentPasswordWrong();

    @Message("Không thể tự khóa tài khoản của mình.")
    String cannotDisableYourself();

    // ---- centers

    @Message("Không có trung tâm mã '{code}'.")
    String noCenter(String code);

    @Message("Trung tâm mới cần có mã và tên.")
    String centerNeedsCodeAndName();

    @Message("Đã có trung tâm mã '{code}'.")
    String centerExists(String code);

    @Message("Không đổi được mã của trung tâm.")
    String centerCodeFixed();

    @Message("Không biết múi giờ '{zone}'; hãy ghi tên một vùng của cơ sở dữ liệu múi giờ, ví dụ Asia/Ho_Chi_Minh.")
    String unknownTimeZone(String zone);

    @Message("Giờ mở cửa phải trước giờ đóng cửa.")
    String opensBeforeCloses();

    @Message("Giờ chuyển sang ngày làm việc mới ({rollover}) phải từ 00:00 đến giờ mở cửa ({opensAt}): trong giờ mở cửa, số thứ tự"
            + " sẽ bắt đầu lại giữa buổi; sau giờ đóng cửa, vé của cả ngày sẽ mang ngày hôm trước.")
    String rolloverNotBeforeOpening(String rollover, String opensAt);

    @Message("Trung tâm mở cửa ít nhất một ngày: openDays như [\"MONDAY\", \"FRIDAY\"].")
    String openDaysNeeded();

    // ---- catalogue words that counters and tickets use too (the rest is the catalogue's own: CatalogProblems)

    @Message("Không có lĩnh vực mã '{code}' ở trung tâm này.")
    String noField(String code);

    @Message("Không có thủ tục mã '{code}' ở trung tâm này.")
    String noProcedure(String code);

    @Message("Thủ tục {procedure} thuộc lĩnh vực khác với lĩnh vực của vé {ticket}; hãy chọn thủ tục của lĩnh vực này, hoặc chuyển vé trước.")
    String procedureOfOtherField(String procedure, String ticket);

    // ---- counters

    @Message("Không có quầy số {number} ở trung tâm này.")
    String noCounter(int number);

    @Message("Số quầy từ 1 đến 999.")
    String counterNumberRange();

    @Message("Mỗi lĩnh vực chỉ ghi một lần cho một quầy.")
    String counterFieldsOnce();

    @Message("Bảng LED {address} không có thật: địa chỉ modbus từ 1 đến 247, cổng TCP từ 1 đến 65535.")
    String displayAddressRange(String address);

    @Message("Bảng LED {address} đã gắn với quầy {counter}: hai quầy không dùng chung một bảng được."
            + " Hãy bỏ địa chỉ đó ở quầy {counter} trước.")
    String displayTaken(String address, int counter);

    @Message("Tài khoản này đã bị khóa.")
    String accountSwitchedOff();

    @Message("Quầy {number} đang mở hoặc tạm dừng; hãy đóng quầy trước khi bỏ quầy khỏi sảnh.")
    String counterOpenCannotRetire(int number);

    @Message("Màn hình “{screens}” đang đặt ở quầy {number}; hãy chuyển màn hình đó sang quầy khác hoặc thu hồi (mục Thiết bị) trước khi bỏ quầy.")
    String counterHasScreens(int number, String screens);

    @Message("Quầy {number} còn vé {code}; hãy hoàn thành hoặc chuyển vé trước khi đóng quầy.")
    String counterBusyCannotClose(int number, String code);

    @Message("Bạn còn giữ quầy {held} với vé {code}; hãy hoàn thành hoặc chuyển vé đó trước khi sang quầy {wanted}.")
    String counterStillYours(int held, String code, int wanted);

    @Message("Quầy {number} đang do {officer} phục vụ; muốn nhận quầy thì hãy mở quầy trước.")
    String counterHeldByOther(int number, String officer);

    @Message("Quầy {number} {state}; hãy mở quầy trước khi gọi số.")
    String counterNotOpen(int number, String state);

    @Message("Quầy {number} đang đóng: chỉ quầy đang mở mới tạm nghỉ được.")
    String counterClosedCannotPause(int number);

    @Message("Còn {waiting} người chờ lĩnh vực {field} và không quầy nào khác phục vụ lĩnh vực này;"
            + " hãy cho một quầy khác phục vụ nó, hoặc chuyển các vé đi, trước khi bỏ nó khỏi quầy {number}.")
    String fieldLeftUnserved(String field, int waiting, int number);

    @Message("Quầy {number} đang đóng: không chuyển vé đến quầy này được. Hãy chuyển sang lĩnh vực hoặc quầy đang làm việc.")
    String counterClosedNoTransfer(int number);

    @Message("Lĩnh vực {field} đã ngừng hoặc chưa có quầy nào phục vụ: vé chuyển sang đó sẽ không ai gọi."
            + " Hãy chuyển sang lĩnh vực khác hoặc đến một quầy cụ thể.")
    String nobodyServesTransfer(String field);

    @Message("Quầy {number} còn vé {code} ({state}); hãy hoàn thành, đánh dấu vắng mặt hoặc chuyển vé trước.")
    String counterBusy(int number, String code, String state);

    // ---- tickets

    @Message("Không có vé nào mang định danh {id}.")
    String noTicketWithId(String id);

    @Message("Hôm nay không có vé {code}.")
    String noTicketToday(String code);

    @Message("Không có vé nào theo đường dẫn theo dõi này.")
    String noTrackingLink();

    @Message("Địa chỉ này không nhận yêu cầu kiểu này (phương thức HTTP).")
    String methodNotAllowed();

    @Message("Không có trang hay địa chỉ này. Hãy kiểm tra lại đường dẫn.")
    String noSuchAddress();

    @Message("Đến trang đăng nhập")
    String signInPage();

    @Message("Không nhận loại nội dung này: logo là ảnh PNG hoặc JPEG, đoạn ghi âm là tệp OGG, MP3, WAV, MP4 hoặc WebM, dữ liệu là JSON hoặc CSV như tài liệu API ghi.")
    String unsupportedMediaType();

    @Message("Ki-ốt lấy số tại POST /api/kiosk/tickets, nơi in vé.")
    String kioskUsesKioskEndpoint();

    @Message("Kênh KIOSK dành cho ki-ốt đã ghép nối; cán bộ cấp vé GUIDE_DESK, APPOINTMENT hoặc API.")
    String kioskChannelForDevices();

    @Message("Hãy cho biết vé dành cho lĩnh vực (hoặc thủ tục) nào.")
    String sayWhichField();

    @Message("Thủ tục {procedure} không thuộc lĩnh vực {field}.")
    String procedureNotInField(String procedure, String field);

    @Message("Trung tâm đang ngoài giờ làm việc; mở cửa lại lúc {opensAgain}.")
    String centerClosed(String opensAgain);

    @Message("Chưa có quầy nào phục vụ lĩnh vực {field}; xin mời đến bàn hướng dẫn.")
    String noCounterServes(String field);

    @Message("Lĩnh vực {field} hiện không cấp số.")
    String fieldNotTaking(String field);

    @Message("Lĩnh vực {field} đã cấp đủ {max} số trong ngày. Xin mời quay lại vào ngày làm việc tiếp theo.")
    String dailyLimit(String field, int max);

    @Message("Ki-ốt này đã cấp {perMinute} số một phút, mức tối đa: xin đợi {seconds} giây, hoặc lấy số ở bàn hướng dẫn.")
    String kioskTooFast(int perMinute, long seconds);

    @Message("Vé {code} {state}; chỉ gọi được vé đang chờ hoặc vé vắng mặt.")
    String onlyWaitingCallable(String code, String state);

    @Message("Vé {code} {state}; không thể {action}.")
    String ticketStateForbids(String code, String state, String action);

    @Message("Vé {code} mới được gọi, chưa bắt đầu phục vụ: bấm \"Bắt đầu phục vụ\" rồi mới \"Hoàn thành\".")
    String startBeforeComplete(String code);

    @Message("Vé {code} đang do {officer} xử lý; chỉ người đó hoặc quản lý mới được {action}.")
    String handledByOther(String code, String officer, String action);

    @Message("Vé {code} thuộc ngày làm việc {day}, ngày đó đã kết thúc; không thể {action}.")
    String ticketOfEndedDay(String code, String day, String action);

    @Message("Vé {code} liên tục thay đổi trong lúc bạn {action}; hãy xem lại vé rồi thử lại.")
    String keptChanging(String code, String action);

    @Message("Hãy gọi lại vé {code} ít nhất {times} lần trước khi đánh dấu vắng mặt.")
    String recallFirst(String code, int times);

    @Message("Chỉ màn hình của quầy đã phục vụ vé {code} mới được đánh giá vé này.")
    String onlyServingScreenRates(String code);

    @Message("Vé {code} đã được đánh giá rồi.")
    String alreadyRated(String code);

    @Message("Hãy cho biết chuyển vé đến đâu: một lĩnh vực, một quầy, hoặc cả hai.")
    String sayTransferWhere();

    // ---- voice packs, ticket paper

    @Message("Mã ngôn ngữ là 2–3 chữ thường, như hmn hoặc tyz.")
    String voicePackLanguage();

    @Message("Tên ngôn ngữ (viết bằng chính ngôn ngữ đó) từ 1 đến {max} ký tự.")
    String voicePackName(int max);

    @Message("Gói giọng đọc '{language}' còn thiếu {missing} từ để đọc một lượt gọi số: hãy ghi âm đủ các từ rồi đặt tên.")
    String voicePackIncomplete(String language, int missing);

    @Message("Không có gói giọng đọc cho ngôn ngữ '{language}'.")
    String noVoicePack(String language);

    @Message("Không có tệp '{file}' trong gói giọng đọc '{language}'.")
    String noClip(String file, String language);

    @Message("Tệp âm thanh có tên <từ>.ogg (hoặc .mp3, .wav, .m4a, .webm) trong gói tên như vi hoặc hmn.")
    String clipName();

    @Message("Tệp âm thanh từ 1 byte đến 1 MB.")
    String clipSize();

    @Message("Đây không phải âm thanh {extension}: tệp không bắt đầu như một tệp {extension}.")
    String notAudio(String extension);

    @Message("Hãy gửi logo làm nội dung yêu cầu (image/png hoặc image/jpeg).")
    String sendLogo();

    @Message("Logo tối đa 256 KB; logo này {kb} KB.")
    String logoTooBig(int kb);

    @Message("Logo không phải ảnh PNG hoặc JPEG đọc được.")
    String logoUnreadable();

    @Message("Vé của trung tâm {center} không có logo.")
    String noLogo(String center);

    @Message("{#if header}Phần đầu vé{#else}Phần cuối vé{/if} có tối đa {max} dòng.")
    String tooManyLines(boolean header, int max);

    @Message("Mỗi dòng {#if header}phần đầu vé{#else}phần cuối vé{/if} tối đa {max} ký tự: '{line}'.")
    String lineTooLong(boolean header, int max, String line);

    // ---- reports

    @Message("'{value}' không phải ngày dạng 2026-11-23.")
    String notADate(String value);

    @Message("Hãy chọn \"Từ ngày\" không sau \"Đến ngày\", cách nhau tối đa một năm; ngày dạng 2026-11-23.")
    String reportRange();

    @Message("Báo cáo chạy quá {seconds} giây nên đã dừng, để các trung tâm vẫn làm việc được: hãy xem ít ngày hơn, hoặc từng trung tâm.")
    String reportTooLong(long seconds);

    @Message("Đang có quá nhiều báo cáo chạy cùng lúc. Chưa có gì được thực hiện; xin thử lại sau giây lát.")
    String reportsBusy();

    @Message("Hãy cho ngày trong khoảng năm 1900 đến 9999.")
    String reportYears();

    @Message("Chỉ quản trị viên mới xem mọi trung tâm cùng lúc; hãy cho center=<mã>.")
    String onlyAdminAllCenters();
}
