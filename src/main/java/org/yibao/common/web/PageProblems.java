package org.yibao.common.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.yibao.common.BusinessException;
import org.yibao.common.Throttled;

/**
 * Pages that meet a refusal they do not handle themselves (another person's record, a file over the upload limit)
 * show the Chinese error page with the reason and the right status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(10)
class PageProblems {

    private final Messages messages;

    PageProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessException.class)
    String business(BusinessException e, HttpServletResponse response, Model model) {
        response.setStatus(e.problem().status());
        if (e instanceof Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
        model.addAttribute("status", e.problem().status());
        model.addAttribute("errorMessage", messages.byField(e).values().iterator().next());
        return "error";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("errorMessage", messages.text("error.UPLOAD_REQUEST_TOO_LARGE"));
        return "error";
    }
}
