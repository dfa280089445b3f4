// The project registers its formats, widgets and previews first (rencai-cms.js), then starts Decap.
window.CMS_MANUAL_INIT = true;
