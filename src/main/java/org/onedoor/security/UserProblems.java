package org.onedoor.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the refusals of an account's edit (its name, its role), Vietnamese first; English
 * in messages/userproblem_en.properties. The other account refusals (creating, passwords,
 * switching off) are in ProblemWords, which is long enough already.
 */
@MessageBundle(value = "userproblem", locale = "vi")
public interface UserProblems {

    @Message("Hãy cho biết cần sửa gì: tên hiển thị (displayName), vai trò (role), hoặc cả hai.")
    String nothingToChange();

    @Message("Tên hiển thị không được để trống: đồng nghiệp và màn hình quầy gọi cán bộ bằng tên này.")
    String displayNameBlank();

    @Message("Chỉ ADMIN mới trao được vai trò {role}; quản lý chỉ đổi qua lại giữa cán bộ và hướng dẫn viên.")
    String onlyAdminGivesRole(String role);

    @Message("Không thể tự đổi vai trò của mình (sẽ tự khóa mình khỏi trang này): hãy nhờ ADMIN.")
    String cannotChangeOwnRole();

    @Message("'{user}' là quản trị viên, làm việc ở mọi trung tâm: không đổi sang vai trò của một trung tâm được."
            + " Hãy tạo tài khoản mới ở trung tâm đó, rồi khóa tài khoản này nếu không cần nữa.")
    String adminStaysAdmin(String user);
}
