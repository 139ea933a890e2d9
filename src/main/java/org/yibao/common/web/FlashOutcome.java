package org.yibao.common.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;

/**
 * A page action followed by a redirect: runs it and leaves its outcome for the next page as a flash message
 * (the done text, or the refusal's first text with {@code flashError}). Not-found refusals are not flashed: they
 * propagate, so that what the user may not see stays a not-found page.
 */
public final class FlashOutcome {

    private FlashOutcome() {
    }

    public static void run(RedirectAttributes flash, Messages messages, String doneKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("flash", messages.text(doneKey));
        } catch (BusinessException e) {
            if (e.problem() == Problem.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("flash", messages.byField(e).values().iterator().next());
            flash.addFlashAttribute("flashError", true);
        }
    }
}
