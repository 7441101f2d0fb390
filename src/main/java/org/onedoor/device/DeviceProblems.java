package org.onedoor.device;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the devices' refusals that ProblemWords does not hold, Vietnamese first; English in
 * messages/devproblem_en.properties. Answered as ProblemWords' are (see {@code Problem#conflict(Class,
 * java.util.function.Function)}), in the language the client reads.
 */
@MessageBundle(value = "devproblem", locale = "vi")
public interface DeviceProblems {

    @Message("Thiết bị “{name}” không phải màn hình quầy: chỉ màn hình quầy mới chuyển sang quầy khác được.")
    String notACounterScreen(String name);

    @Message("Màn hình “{name}” đã bị thu hồi nên không chuyển quầy được; hãy ghép nối lại màn hình ở quầy mới.")
    String revokedCannotMove(String name);

    @Message("Chỉ màn hình quầy mới đứng ở một quầy; hãy để trống ô Quầy khi ghép nối thiết bị khác.")
    String onlyCounterScreenHasCounter();

    @Message("Quầy {number} đã bị bỏ khỏi sảnh: hãy lưu lại quầy {number} (mục Quầy) trước khi chuyển màn hình đến đó.")
    String counterRetired(int number);
}
