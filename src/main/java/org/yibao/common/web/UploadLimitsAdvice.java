package org.yibao.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.yibao.common.Upload;

/** Every page knows the upload limit, which the shared upload control (fragments/upload.html) says before a file is chosen. */
@ControllerAdvice(annotations = Controller.class)
class UploadLimitsAdvice {

    @ModelAttribute("uploadMaxBytes")
    int uploadMaxBytes() {
        return Upload.MAX_BYTES;
    }
}
