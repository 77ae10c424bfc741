export const id = 788;
export const ids = [788];
export const modules = {

/***/ 4788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gceReader: () => (/* binding */ gceReader)
/* harmony export */ });
const gceReader = {
    async read() {
        return { dumps: [], gaps: [{ message: 'GCE live reading is not implemented yet' }] };
    },
};


/***/ })

};
