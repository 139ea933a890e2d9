package org.yibao.common.web;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * 操作确认：解绑、撤销、取消、删除、退出所有设备等不可轻易挽回的操作，在页面上（不弹窗，适老化要求）先问一次。
 * The first POST carries no {@code confirmed=yes}: the controller checks what may be checked (the record exists and
 * is the person's), then shows this page, which names what will happen and to whom, and changes nothing; the page's
 * button posts the same action again with {@code confirmed=yes}.
 *
 * @param title       what the action does, e.g. 解除家庭共济绑定
 * @param consequence what will happen and to whom, one plain sentence
 * @param action      the path the confirmed form posts to
 * @param button      the label of the confirming button, e.g. 确认解绑
 * @param back        where 返回，不操作 leads
 */
public record Confirmation(String title, String consequence, String action, String button, String back) {

    /** The form field the confirming button sends. */
    public static final String PARAMETER = "confirmed";

    /** True only for the exact value the confirming button sends; anything else asks again. */
    public static boolean given(@Nullable String confirmed) {
        return "yes".equals(confirmed);
    }

    /** Puts this confirmation on the model and names the shared view. */
    public String show(Model model) {
        model.addAttribute("confirmation", this);
        return "confirm";
    }
}
