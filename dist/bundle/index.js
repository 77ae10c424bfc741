import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 18909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(49154);
const { Command } = __nccwpck_require__(34348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(41135);
const { Help } = __nccwpck_require__(79754);
const { Option } = __nccwpck_require__(45240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 49154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(41135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 34348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(78474).EventEmitter);
const childProcess = __nccwpck_require__(31421);
const path = __nccwpck_require__(76760);
const fs = __nccwpck_require__(73024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(49154);
const { CommanderError } = __nccwpck_require__(41135);
const { Help, stripColor } = __nccwpck_require__(79754);
const { Option, DualOptions } = __nccwpck_require__(45240);
const { suggestSimilar } = __nccwpck_require__(65030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 41135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 79754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(49154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 45240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(41135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 65030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 48280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 4070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ awsRegionOf),
/* harmony export */   w: () => (/* binding */ regionOfZone)
/* harmony export */ });
/* harmony import */ var _model_instance_key_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(59200);

/** "us-east-1a" → "us-east-1"; local and wavelength zones ("us-west-2-lax-1a") keep only the region part. */
function regionOfZone(zone) {
    return /^([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)/.exec(zone)?.[1];
}
/** The AWS region of a node, from the zone in its providerID (aws:///us-east-1a/i-…). */
function awsRegionOf(providerId) {
    const parsed = providerId ? (0,_model_instance_key_js__WEBPACK_IMPORTED_MODULE_0__/* .parseProviderId */ .i6)(providerId) : undefined;
    return parsed?.provider === 'aws' && parsed.zone ? regionOfZone(parsed.zone) : undefined;
}


/***/ }),

/***/ 47213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pg: () => (/* binding */ FORMAT_READERS),
  lU: () => (/* binding */ cloudFor),
  VG: () => (/* binding */ deniedAtApply),
  P5: () => (/* binding */ profileFor),
  Yb: () => (/* binding */ unnamedDenial)
});

// EXTERNAL MODULE: ./lib/sources/context.js
var sources_context = __nccwpck_require__(80769);
// EXTERNAL MODULE: ./lib/model/instance-key.js
var instance_key = __nccwpck_require__(59200);
// EXTERNAL MODULE: ./lib/sources/values.js
var sources_values = __nccwpck_require__(62073);
// EXTERNAL MODULE: ./lib/sources/schema-error.js
var schema_error = __nccwpck_require__(92076);
;// CONCATENATED MODULE: ./lib/sources/inventory/inventory.schema.json
const inventory_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/hostgw-preflight/hostgw-preflight/schema/inventory.schema.json","title":"HostGwInventory","description":"A hand-written or generated description of a cluster\'s nodes and network, for clusters without cloud dumps (bare metal, vSphere) or to complete them.","type":"object","required":["apiVersion","kind","spec"],"additionalProperties":false,"properties":{"apiVersion":{"const":"hostgw-preflight/v1"},"kind":{"const":"HostGwInventory"},"metadata":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"}}},"spec":{"type":"object","additionalProperties":false,"properties":{"provider":{"enum":["aws","gce","azure","vsphere","baremetal"]},"clusterCIDRs":{"type":"array","items":{"$ref":"#/definitions/cidr"}},"backend":{"type":"string","description":"The flannel backend type, e.g. host-gw."},"subnets":{"type":"array","items":{"type":"object","required":["id","cidrs"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1},"cidrs":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/cidr"}},"network":{"type":"string"}}}},"nodes":{"type":"array","items":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"os":{"enum":["linux","windows"]},"ips":{"type":"array","items":{"$ref":"#/definitions/ip"}},"podCIDRs":{"type":"array","items":{"$ref":"#/definitions/cidr"}},"subnet":{"type":"string","description":"Id of an entry of spec.subnets; inferred from the IPs when omitted."},"forwarding":{"type":"boolean","description":"Whether the host\'s anti-spoofing check is off (forwarding allowed)."},"providerID":{"type":"string"}}}},"routeTables":{"type":"array","items":{"type":"object","required":["id"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1},"subnets":{"type":"array","items":{"type":"string"}},"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}}}},"routes":{"description":"Network-wide routes (GCE style), optionally limited to instances with given tags.","type":"array","items":{"$ref":"#/definitions/route"}}}}},"definitions":{"cidr":{"type":"string","pattern":"^[0-9a-fA-F:.]+/[0-9]{1,3}$"},"ip":{"type":"string","pattern":"^[0-9a-fA-F:.]+$"},"route":{"type":"object","required":["name","destination"],"additionalProperties":false,"oneOf":[{"required":["nextHopIp"]},{"required":["nextHopNode"]},{"required":["nextHopOther"]}],"properties":{"name":{"type":"string","minLength":1},"destination":{"$ref":"#/definitions/cidr"},"nextHopIp":{"$ref":"#/definitions/ip"},"nextHopNode":{"type":"string","description":"Name of a node in spec.nodes."},"nextHopOther":{"type":"string","description":"A next hop that is not a node: gateway, internet, ..."},"network":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},"priority":{"type":"integer","minimum":0}}}}}');
;// CONCATENATED MODULE: ./lib/sources/inventory/validate.js


let validator;
/** Ajv is loaded on first use: most runs read no inventory and should not pay for compiling a schema. */
async function compile() {
    if (!validator) {
        const { default: Ajv } = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 42463, 19));
        validator = new Ajv.default({ strict: true, strictRequired: false }).compile(inventory_schema_namespaceObject);
    }
    return validator;
}
async function validateInventory(value, context) {
    const validate = await compile();
    if (validate(value))
        return;
    // A failed oneOf is reported after its branches' errors, which alone would name just one of the choices.
    const error = validate.errors.find((e) => !e.schemaPath.includes('/oneOf/')) ?? validate.errors[0];
    const hint = error.keyword === 'oneOf' ? 'needs exactly one of nextHopIp, nextHopNode or nextHopOther' : undefined;
    throw (0,schema_error/* schemaError */.g)(error, context.source, context.doc, 'HostGwInventory schema', hint);
}

;// CONCATENATED MODULE: ./lib/sources/inventory/inventory.js




const INVENTORY_KIND = 'HostGwInventory';
function cidrs(value, path, context, what) {
    return (0,sources_values/* list */.p_)(value).map((item, i) => context.cidr(item, [...path, i], what));
}
function readRoute(route, path, context, nodeIps, scope) {
    const name = (0,sources_values/* str */.gx)(route.name);
    let nextHop;
    if (route.nextHopIp !== undefined) {
        const ip = context.ip(route.nextHopIp, [...path, 'nextHopIp'], `route ${name}: nextHopIp`);
        nextHop = { kind: 'ip', ip, text: `IP ${ip}` };
    }
    else if (route.nextHopNode !== undefined) {
        const ip = nodeIps.get(String(route.nextHopNode));
        if (!ip)
            context.fail([...path, 'nextHopNode'], `route ${name}: nextHopNode ${(0,sources_context/* shown */.SP)(route.nextHopNode)} is not a node of spec.nodes with an IP`);
        nextHop = { kind: 'ip', ip, text: `node ${String(route.nextHopNode)} (${ip})` };
    }
    else {
        nextHop = { kind: 'other', text: String(route.nextHopOther) };
    }
    context.builder.addRoute({
        id: scope.tableId ? `${scope.tableId}/${name}` : name,
        name,
        provider: scope.provider,
        dest: context.cidr(route.destination, [...path, 'destination'], `route ${name}: destination`),
        nextHop,
        priority: typeof route.priority === 'number' ? route.priority : scope.tableId ? 0 : 1000,
        network: (0,sources_values/* str */.gx)(route.network),
        tags: (0,sources_values/* strings */.P$)(route.tags),
        tableId: scope.tableId,
        system: false,
        origin: context.origin(path),
    });
}
function readSubnets(spec, context) {
    (0,sources_values/* records */.V0)(spec.subnets).forEach((subnet, i) => {
        const path = ['spec', 'subnets', i];
        context.builder.addSubnet({
            id: (0,sources_values/* str */.gx)(subnet.id),
            cidrs: cidrs(subnet.cidrs, [...path, 'cidrs'], context, `subnet ${(0,sources_values/* str */.gx)(subnet.id)}`),
            networkId: (0,sources_values/* str */.gx)(subnet.network),
            origin: context.origin(path),
        });
    });
}
/** Adds the nodes; returns each node's first IP by name, for routes that name their next hop by node. */
function readNodes(spec, context) {
    const nodeIps = new Map();
    (0,sources_values/* records */.V0)(spec.nodes).forEach((node, i) => {
        const path = ['spec', 'nodes', i];
        const name = (0,sources_values/* str */.gx)(node.name);
        const ips = (0,sources_values/* list */.p_)(node.ips).map((ip, j) => context.ip(ip, [...path, 'ips', j], `node ${name}: ip`));
        if (ips[0])
            nodeIps.set(name, ips[0]);
        const parsed = (0,sources_values/* str */.gx)(node.providerID) ? (0,instance_key/* parseProviderId */.i6)((0,sources_values/* str */.gx)(node.providerID)) : {};
        context.builder.addNode({
            name,
            os: node.os === 'linux' || node.os === 'windows' ? node.os : 'unknown',
            internalIps: ips,
            podCidrs: cidrs(node.podCIDRs, [...path, 'podCIDRs'], context, `node ${name}: podCIDRs`),
            providerId: (0,sources_values/* str */.gx)(node.providerID),
            instanceKey: parsed.instanceKey,
            provider: parsed.provider,
            subnetId: (0,sources_values/* str */.gx)(node.subnet),
            forwarding: typeof node.forwarding === 'boolean' ? node.forwarding : undefined,
            origin: context.origin(path),
        });
    });
    return nodeIps;
}
/** The route tables with their routes, then the routes outside any table. */
function readRoutes(spec, context, nodeIps, provider) {
    const { builder } = context;
    (0,sources_values/* records */.V0)(spec.routeTables).forEach((table, i) => {
        const path = ['spec', 'routeTables', i];
        const tableId = (0,sources_values/* str */.gx)(table.id);
        (0,sources_values/* records */.V0)(table.routes).forEach((route, j) => readRoute(route, [...path, 'routes', j], context, nodeIps, { tableId, provider }));
        builder.addRouteTable({
            id: tableId,
            name: tableId,
            subnetIds: (0,sources_values/* list */.p_)(table.subnets).map(String),
            origin: context.origin(path),
        });
        builder.markPresent('routes');
    });
    (0,sources_values/* records */.V0)(spec.routes).forEach((route, i) => readRoute(route, ['spec', 'routes', i], context, nodeIps, { provider }));
    if (spec.routes !== undefined)
        builder.markPresent('routes');
}
const inventory = {
    id: 'hostgw-inventory',
    producedBy: 'a HostGwInventory file (see schema/inventory.schema.json)',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && value.kind === INVENTORY_KIND,
    async read(value, context) {
        await validateInventory(value, context);
        const spec = (0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(value).spec);
        const { builder } = context;
        const provider = (0,sources_values/* str */.gx)(spec.provider);
        if (provider)
            builder.declareProvider(provider, `declared by the inventory ${context.source.file}`);
        cidrs(spec.clusterCIDRs, ['spec', 'clusterCIDRs'], context, 'clusterCIDRs').forEach((cidr) => builder.addClusterCidr(cidr));
        if (spec.backend !== undefined)
            builder.addFlannel({
                backendType: (0,sources_values/* str */.gx)(spec.backend),
                describedBy: `inventory ${context.source.file}`,
                origin: context.origin(['spec', 'backend']),
            });
        readSubnets(spec, context);
        const nodeIps = readNodes(spec, context);
        readRoutes(spec, context, nodeIps, provider ?? 'baremetal');
        if (spec.subnets !== undefined)
            builder.markPresent('subnets');
        return ((0,sources_values/* list */.p_)(spec.nodes).length + (0,sources_values/* list */.p_)(spec.subnets).length + (0,sources_values/* list */.p_)(spec.routeTables).length + (0,sources_values/* list */.p_)(spec.routes).length);
    },
};

// EXTERNAL MODULE: ./lib/sources/input-limits.js + 1 modules
var input_limits = __nccwpck_require__(3998);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/flannel-configmap.js


const NET_CONF = 'net-conf.json';
/** Upstream manifests, RKE and older kube-system installs all use one of these names. */
const CONFIGMAP_NAMES = new Set(['kube-flannel-cfg', 'kube-flannel-cfg-windows', 'flannel-cfg']);
function isFlannelConfigMap(value) {
    if (!(0,sources_values/* isRecord */.u4)(value) || value.kind !== 'ConfigMap')
        return false;
    const name = (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(value.metadata).name) ?? '';
    return CONFIGMAP_NAMES.has(name) || typeof (0,sources_values/* record */.g1)(value.data)[NET_CONF] === 'string';
}
function readFlannelConfigMap(configMap, path, context) {
    const metadata = (0,sources_values/* record */.g1)(configMap.metadata);
    const describedBy = `ConfigMap ${(0,sources_values/* str */.gx)(metadata.namespace) ?? 'default'}/${(0,sources_values/* str */.gx)(metadata.name) ?? '?'}`;
    const dataPath = [...path, 'data', NET_CONF];
    const text = (0,sources_values/* record */.g1)(configMap.data)[NET_CONF];
    if (typeof text !== 'string')
        context.fail([...path, 'data'], `${describedBy} has no ${NET_CONF}`);
    let netConf;
    try {
        netConf = JSON.parse(text);
    }
    catch (error) {
        context.fail(dataPath, `${describedBy}: ${NET_CONF} is not valid JSON (${error.message})`);
    }
    if (!(0,sources_values/* isRecord */.u4)(netConf))
        context.fail(dataPath, `${describedBy}: ${NET_CONF} is not a JSON object`);
    if ((0,input_limits/* nestedTooDeep */.qF)(netConf))
        context.fail(dataPath, `${describedBy}: ${NET_CONF}: ${input_limits/* TOO_DEEP */.PB}`);
    context.builder.addFlannel({
        network: context.optionalCidr(netConf.Network, dataPath, `${describedBy}: Network`),
        ipv6Network: context.optionalCidr(netConf.IPv6Network, dataPath, `${describedBy}: IPv6Network`),
        backendType: (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(netConf.Backend).Type),
        describedBy,
        origin: context.origin(dataPath),
    });
}
const flannelConfigMap = {
    id: 'flannel-configmap',
    producedBy: 'kubectl -n kube-flannel get configmap kube-flannel-cfg -o yaml (or -o json)',
    matches: isFlannelConfigMap,
    read(value, context) {
        readFlannelConfigMap(value, [], context);
        return 1;
    },
};

// EXTERNAL MODULE: ./lib/model/cidr.js
var model_cidr = __nccwpck_require__(1359);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/nodes.js




const BACKEND_ANNOTATION = 'flannel.alpha.coreos.com/backend-type';
const PUBLIC_IP_ANNOTATION = 'flannel.alpha.coreos.com/public-ip';
function osOf(node) {
    const labels = (0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(node.metadata).labels);
    const os = (0,sources_values/* str */.gx)(labels['kubernetes.io/os']) ??
        (0,sources_values/* str */.gx)(labels['beta.kubernetes.io/os']) ??
        (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(node.status).nodeInfo).operatingSystem);
    return os === 'linux' || os === 'windows' ? os : 'unknown';
}
function readNode(node, path, context) {
    const metadata = (0,sources_values/* record */.g1)(node.metadata);
    const name = (0,sources_values/* str */.gx)(metadata.name);
    if (!name)
        context.fail([...path, 'metadata'], 'Node without metadata.name');
    const spec = (0,sources_values/* record */.g1)(node.spec);
    const status = (0,sources_values/* record */.g1)(node.status);
    const internalIps = [];
    const addresses = (0,sources_values/* list */.p_)(status.addresses);
    for (let i = 0; i < addresses.length; i++) {
        const address = addresses[i];
        if (!(0,sources_values/* isRecord */.u4)(address) || address.type !== 'InternalIP')
            continue;
        internalIps.push((0,model_cidr/* canonicalIp */.IZ)(address.address) ??
            context.ip(address.address, [...path, 'status', 'addresses', i, 'address'], `node ${name}: InternalIP`));
    }
    const podCidrs = [];
    if (Array.isArray(spec.podCIDRs)) {
        const listed = spec.podCIDRs;
        for (let i = 0; i < listed.length; i++) {
            const cidr = (0,model_cidr/* parseCidr */.GN)(listed[i]) ??
                context.cidr(listed[i], [...path, 'spec', 'podCIDRs', i], `node ${name}: spec.podCIDRs[${i}]`);
            if (!podCidrs.some((known) => known.text === cidr.text))
                podCidrs.push(cidr);
        }
    }
    else if (spec.podCIDR !== undefined) {
        podCidrs.push((0,model_cidr/* parseCidr */.GN)(spec.podCIDR) ?? context.cidr(spec.podCIDR, [...path, 'spec', 'podCIDR'], `node ${name}: spec.podCIDR`));
    }
    const providerId = (0,sources_values/* str */.gx)(spec.providerID);
    const parsed = providerId ? (0,instance_key/* parseProviderId */.i6)(providerId) : {};
    const annotations = (0,sources_values/* record */.g1)(metadata.annotations);
    const publicIp = annotations[PUBLIC_IP_ANNOTATION];
    context.builder.addNode({
        name,
        os: osOf(node),
        internalIps,
        podCidrs,
        providerId,
        instanceKey: parsed.instanceKey,
        provider: parsed.provider,
        backendType: (0,sources_values/* str */.gx)(annotations[BACKEND_ANNOTATION]),
        flannelPublicIp: (0,sources_context/* isAbsent */.W0)(publicIp)
            ? undefined
            : ((0,model_cidr/* canonicalIp */.IZ)(publicIp) ??
                context.ip(publicIp, [...path, 'metadata', 'annotations', PUBLIC_IP_ANNOTATION], `node ${name}: ${PUBLIC_IP_ANNOTATION}`)),
        origin: context.origin(path),
    });
}
function isNode(value) {
    return (0,sources_values/* isRecord */.u4)(value) && value.kind === 'Node';
}
const kubectlNodes = {
    id: 'kubectl-nodes',
    producedBy: 'kubectl get nodes -o json (or -o yaml)',
    matches: (value) => isNode(value) || ((0,sources_values/* isRecord */.u4)(value) && value.kind === 'NodeList'),
    read(value, context) {
        if (isNode(value)) {
            readNode(value, [], context);
            return 1;
        }
        const items = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).items);
        items.forEach((item, i) => {
            if (!isNode(item))
                context.fail(['items', i], 'NodeList item is not a Node');
            readNode(item, ['items', i], context);
        });
        context.builder.markPresent('nodes');
        return items.length;
    },
};

;// CONCATENATED MODULE: ./lib/sources/kubernetes/list.js




function isReadableItem(item) {
    return ((0,sources_values/* isRecord */.u4)(item) && item.kind === 'Node') || isFlannelConfigMap(item);
}
/** `kubectl get nodes,configmaps -o yaml` and plain `kubectl get nodes -o json` both print a `kind: List`. */
const kubectlList = {
    id: 'kubectl-list',
    producedBy: 'kubectl get nodes -o json (a List of Nodes, optionally with the flannel ConfigMap)',
    matches(value) {
        if (!(0,sources_values/* isRecord */.u4)(value) || value.kind !== 'List' || !Array.isArray(value.items))
            return false;
        return value.items.length === 0 ? true : value.items.some(isReadableItem);
    },
    read(value, context) {
        const items = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).items);
        items.forEach((item, i) => {
            if ((0,sources_values/* isRecord */.u4)(item) && item.kind === 'Node')
                readNode(item, ['items', i], context);
            else if (isFlannelConfigMap(item))
                readFlannelConfigMap(item, ['items', i], context);
            // `kubectl get nodes,configmaps` also lists kube-root-ca.crt, which every namespace holds.
            else if ((0,sources_values/* isRecord */.u4)(item) && item.kind === 'ConfigMap')
                return;
            else
                context.fail(['items', i], `List item of kind ${(0,sources_context/* shown */.SP)((0,sources_values/* record */.g1)(item).kind ?? null)} is not a Node or the flannel ConfigMap`);
        });
        context.builder.markPresent('nodes');
        return items.length;
    },
};

;// CONCATENATED MODULE: ./lib/sources/kubernetes/rke-cluster.js

/** RKE1 names the flannel backend per plugin: flannel itself, or flannel inside canal. */
const BACKEND_OPTIONS = ['flannel_backend_type', 'canal_flannel_backend_type'];
const rkeCluster = {
    id: 'rke-cluster-yml',
    producedBy: 'RKE cluster.yml',
    matches(value) {
        if (!(0,sources_values/* isRecord */.u4)(value) || value.kind !== undefined)
            return false;
        return ((0,sources_values/* isRecord */.u4)(value.network) &&
            typeof value.network.plugin === 'string' &&
            (Array.isArray(value.nodes) || (0,sources_values/* isRecord */.u4)(value.services)));
    },
    read(value, context) {
        const cluster = (0,sources_values/* record */.g1)(value);
        const network = (0,sources_values/* record */.g1)(cluster.network);
        const plugin = (0,sources_values/* str */.gx)(network.plugin) ?? '';
        const options = (0,sources_values/* record */.g1)(network.options);
        const optionKey = BACKEND_OPTIONS.find((key) => options[key] !== undefined);
        const backendPath = optionKey ? ['network', 'options', optionKey] : ['network', 'plugin'];
        // RKE's flannel and canal default to vxlan when no backend option is given.
        const backendType = plugin === 'flannel' || plugin === 'canal' ? ((0,sources_values/* str */.gx)(options[optionKey ?? '']) ?? 'vxlan') : plugin;
        const clusterCidrPath = ['services', 'kube-controller', 'cluster_cidr'];
        const clusterCidr = (0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(cluster.services)['kube-controller']).cluster_cidr;
        context.builder.addFlannel({
            network: context.optionalCidr(clusterCidr, clusterCidrPath, 'RKE services.kube-controller.cluster_cidr'),
            backendType: `${backendType}`,
            describedBy: `RKE cluster.yml (network.plugin ${plugin})`,
            origin: context.origin(backendPath),
        });
        return 1;
    },
};

;// CONCATENATED MODULE: ./lib/sources/formats.js





/** The cloud-neutral formats: Kubernetes objects, cluster configs and the native inventory (clouds add theirs). */
const CLUSTER_READERS = [
    kubectlList,
    kubectlNodes,
    flannelConfigMap,
    rkeCluster,
    inventory,
];

// EXTERNAL MODULE: ./lib/sources/terraform/kind.js
var kind = __nccwpck_require__(94251);
;// CONCATENATED MODULE: ./lib/sources/terraform/reader.js

/**
 * `terraform show -json` of a saved plan or of the state, with the resource mappers of `clouds`. What it describes
 * is joined with the other inputs once all are read (join.ts): whether a machine is an existing node depends on
 * them. The reader and the mappers (~100 KB of the bundle) load only when a document is recognised, keeping every
 * other run's start-up smaller.
 */
function terraformReader(clouds) {
    return {
        id: 'terraform-show-json',
        producedBy: 'terraform show -json tfplan (a saved plan), or terraform show -json (the state)',
        matches: (value) => (0,kind/* terraformKind */.Z)(value) !== undefined,
        async read(value, context) {
            const { readTerraform } = await Promise.all(/* import() */[__nccwpck_require__.e(187), __nccwpck_require__.e(692)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5692));
            const loaded = await Promise.all(clouds.map(async (cloud) => ({ provider: cloud.provider, mappers: await cloud.load() })));
            return readTerraform(value, (0,kind/* terraformKind */.Z)(value), context, loaded);
        },
    };
}

;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/index.js
/** AWS resources of a Terraform plan or state; the mappers load with the first Terraform document. */
const awsTerraform = {
    provider: 'aws',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(187), __nccwpck_require__.e(367)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97367))).awsMappers,
};

;// CONCATENATED MODULE: ./lib/model/policy.js
/** The built-in Azure Policy "Network interfaces should disable IP forwarding" (effect deny). */
const AZURE_NIC_IP_FORWARDING_DEFINITION = '/providers/Microsoft.Authorization/policyDefinitions/88c0b9da-ce96-4b03-9635-f29a937e2900';
const AZURE_NIC_IP_FORWARDING_NAME = 'Network interfaces should disable IP forwarding';
/** The GCP list constraint that restricts which VM instances may enable IP forwarding. */
const GCP_VM_CAN_IP_FORWARD = 'constraints/compute.vmCanIpForward';
/** The AWS Config managed rule ec2-enis-source-destination-check-enabled. */
const AWS_ENI_SOURCE_DEST_CHECK_RULE = 'EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED';

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/config-rules.js


/** ACTIVE and EVALUATING rules evaluate resources; DELETING ones are on their way out. */
const ACTIVE_STATES = new Set(['ACTIVE', 'EVALUATING']);
/**
 * `aws configservice describe-config-rules --output json`: the managed rule ec2-enis-source-destination-check-enabled
 * (identifier EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED) reports every ENI with the check off, host-gw nodes included,
 * as NON_COMPLIANT. Other rules are read and left alone.
 */
const awsDescribeConfigRules = {
    id: 'aws-describe-config-rules',
    producedBy: 'aws configservice describe-config-rules --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.ConfigRules),
    read(value, context) {
        const rules = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).ConfigRules);
        rules.forEach((item, i) => {
            const path = ['ConfigRules', i];
            if (!(0,sources_values/* isRecord */.u4)(item))
                context.fail(path, `ConfigRules[${i}] is not an object`);
            const name = (0,sources_values/* str */.gx)(item.ConfigRuleName);
            if (!name)
                context.fail(path, 'Config rule without ConfigRuleName');
            const source = (0,sources_values/* record */.g1)(item.Source);
            const identifier = (0,sources_values/* str */.gx)(source.SourceIdentifier) ?? '';
            const relevant = (0,sources_values/* str */.gx)(source.Owner) === 'AWS' && identifier.toUpperCase() === AWS_ENI_SOURCE_DEST_CHECK_RULE;
            const state = (0,sources_values/* str */.gx)(item.ConfigRuleState);
            const arn = (0,sources_values/* str */.gx)(item.ConfigRuleArn);
            const scope = (0,sources_values/* record */.g1)(item.Scope);
            const tagKey = (0,sources_values/* str */.gx)(scope.TagKey);
            context.builder.addPolicy({
                kind: 'aws-config-rule',
                provider: 'aws',
                id: arn ?? name,
                name,
                ruleName: name,
                identifier,
                active: state === undefined || ACTIVE_STATES.has(state),
                createdBy: (0,sources_values/* str */.gx)(item.CreatedBy),
                scopeTag: tagKey ? { key: tagKey, value: (0,sources_values/* str */.gx)(scope.TagValue) } : undefined,
                region: arn ? /^arn:aws[\w-]*:config:([^:]+):/.exec(arn)?.[1] : undefined,
                effect: 'detect',
                blocks: relevant ? 'forwarding' : undefined,
                origin: context.origin([...path, 'Source', 'SourceIdentifier']),
            });
        });
        return rules.length;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/interfaces.js




/** SourceDestCheck true means the check is on, i.e. forwarding is off. */
function forwardingFromSourceDestCheck(value) {
    const check = (0,sources_values/* bool */.lc)(value);
    return check === undefined ? undefined : !check;
}
/** Security group ids of an ENI's `Groups` (or an instance's `SecurityGroups`); undefined when the listing has none. */
function groupIds(value) {
    if (!Array.isArray(value))
        return undefined;
    return (0,sources_values/* records */.V0)(value).flatMap((group) => ((0,sources_values/* str */.gx)(group.GroupId) ? [(0,sources_values/* str */.gx)(group.GroupId)] : []));
}
/** The same ENI shape appears in describe-instances (embedded) and describe-network-interfaces. */
function readEni(eni, path, context, instanceId) {
    const id = (0,sources_values/* str */.gx)(eni.NetworkInterfaceId);
    if (!id)
        context.fail(path, 'network interface without NetworkInterfaceId');
    const ips = new Set();
    const primary = (0,sources_context/* isAbsent */.W0)(eni.PrivateIpAddress)
        ? undefined
        : ((0,model_cidr/* canonicalIp */.IZ)(eni.PrivateIpAddress) ??
            context.ip(eni.PrivateIpAddress, [...path, 'PrivateIpAddress'], `${id}: PrivateIpAddress`));
    if (primary)
        ips.add(primary);
    (0,sources_values/* records */.V0)(eni.PrivateIpAddresses).forEach((entry, i) => {
        const value = entry.PrivateIpAddress;
        const ip = (0,sources_context/* isAbsent */.W0)(value)
            ? undefined
            : ((0,model_cidr/* canonicalIp */.IZ)(value) ??
                context.ip(value, [...path, 'PrivateIpAddresses', i, 'PrivateIpAddress'], `${id}: PrivateIpAddress`));
        if (ip)
            ips.add(ip);
    });
    (0,sources_values/* records */.V0)(eni.Ipv6Addresses).forEach((entry, i) => {
        const value = entry.Ipv6Address;
        const ip = (0,sources_context/* isAbsent */.W0)(value)
            ? undefined
            : ((0,model_cidr/* canonicalIp */.IZ)(value) ?? context.ip(value, [...path, 'Ipv6Addresses', i, 'Ipv6Address'], `${id}: Ipv6Address`));
        if (ip)
            ips.add(ip);
    });
    const attachedTo = instanceId ?? (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(eni.Attachment).InstanceId);
    return {
        id,
        name: id,
        provider: 'aws',
        instanceKey: attachedTo ? (0,instance_key/* awsInstanceKey */.yq)(attachedTo) : undefined,
        ips: [...ips],
        subnetId: (0,sources_values/* str */.gx)(eni.SubnetId),
        networkId: (0,sources_values/* str */.gx)(eni.VpcId),
        forwarding: forwardingFromSourceDestCheck(eni.SourceDestCheck),
        securityGroupIds: groupIds(eni.Groups),
        origin: context.origin(path),
    };
}

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/describe-instances.js




function tag(instance, key) {
    return (0,sources_values/* str */.gx)((0,sources_values/* records */.V0)(instance.Tags).find((t) => t.Key === key)?.Value);
}
function readInstance(instance, path, context) {
    const id = (0,sources_values/* str */.gx)(instance.InstanceId);
    if (!id)
        context.fail(path, 'instance without InstanceId');
    // Terminated instances linger in listings for an hour and may share an IP with their replacement.
    if ((0,sources_values/* record */.g1)(instance.State).Name === 'terminated')
        return;
    const key = (0,instance_key/* awsInstanceKey */.yq)(id);
    context.builder.addInstance({
        key,
        provider: 'aws',
        id,
        name: tag(instance, 'Name'),
        tags: (0,sources_values/* records */.V0)(instance.Tags).flatMap((t) => (typeof t.Key === 'string' ? [t.Key] : [])),
        managedBy: tag(instance, 'aws:autoscaling:groupName'),
        origin: context.origin(path),
    });
    const enis = (0,sources_values/* records */.V0)(instance.NetworkInterfaces);
    enis.forEach((eni, i) => context.builder.addInterface(readEni(eni, [...path, 'NetworkInterfaces', i], context, id), false));
    if (enis.length === 0 && instance.PrivateIpAddress !== undefined) {
        // A trimmed query (--query) can drop the ENI list; the instance attribute then stands for the primary ENI.
        context.builder.addInterface({
            id: `${id}/primary`,
            name: `primary interface of ${id}`,
            provider: 'aws',
            instanceKey: key,
            ips: [
                (0,model_cidr/* canonicalIp */.IZ)(instance.PrivateIpAddress) ??
                    context.ip(instance.PrivateIpAddress, [...path, 'PrivateIpAddress'], `${id}: PrivateIpAddress`),
            ],
            subnetId: (0,sources_values/* str */.gx)(instance.SubnetId),
            networkId: (0,sources_values/* str */.gx)(instance.VpcId),
            forwarding: forwardingFromSourceDestCheck(instance.SourceDestCheck),
            securityGroupIds: groupIds(instance.SecurityGroups),
            origin: context.origin([...path, 'SourceDestCheck']),
        }, false);
    }
}
const awsDescribeInstances = {
    id: 'aws-describe-instances',
    producedBy: 'aws ec2 describe-instances --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.Reservations),
    read(value, context) {
        let count = 0;
        (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).Reservations).forEach((reservation, r) => {
            (0,sources_values/* records */.V0)((0,sources_values/* record */.g1)(reservation).Instances).forEach((instance, i) => {
                readInstance(instance, ['Reservations', r, 'Instances', i], context);
                count++;
            });
        });
        context.builder.markPresent('instances');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/sources/firewall-values.js

/** "Any address" in the model: both families' default blocks. */
const ANY = [(0,model_cidr/* parseCidr */.GN)('0.0.0.0/0'), (0,model_cidr/* parseCidr */.GN)('::/0')];
const NUMBERED = {
    '1': 'icmp',
    '6': 'tcp',
    '17': 'udp',
    '50': 'esp',
    '51': 'ah',
    '58': 'icmpv6',
    '132': 'sctp',
};
/**
 * One protocol as the clouds spell it ("-1", "all", "*", "tcp", "Tcp", "6", "58", "ipv6-icmp") in the model's
 * spelling: 'all', a lower-case name, or the number when it has no common name.
 */
function protocolName(value) {
    if (typeof value === 'number')
        value = String(value);
    if (typeof value !== 'string' || value === '')
        return undefined;
    const lower = value.toLowerCase();
    if (lower === '-1' || lower === 'all' || lower === '*' || lower === 'any')
        return 'all';
    if (lower === 'ipv6-icmp' || lower === 'icmp6')
        return 'icmpv6';
    return NUMBERED[lower] ?? lower;
}
/** A port range as text, or undefined when it spans every port. */
function portRange(from, to) {
    if (from === undefined && to === undefined)
        return undefined;
    const low = from ?? 0;
    const high = to ?? 65535;
    if (low <= 1 && high >= 65535)
        return undefined;
    return low === high ? String(low) : `${low}-${high}`;
}
/** "22", "8000-9000", "0-65535", "*": undefined when the text means every port. */
function portText(value) {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (text === '' || text === '*')
        return undefined;
    const match = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (!match)
        return text;
    return portRange(Number(match[1]), Number(match[2] ?? match[1]));
}
/** An address or block in a firewall rule: a CIDR, or a single address taken as a host block. */
function ruleCidr(value, path, context, what) {
    if (typeof value === 'string' && !value.includes('/')) {
        const ip = (0,model_cidr/* canonicalIp */.IZ)(value);
        if (ip)
            return (0,model_cidr/* parseCidr */.GN)(`${ip}/${ip.includes(':') ? 128 : 32}`);
    }
    return context.cidr(value, path, what);
}

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/describe-network-acls.js


/** The catch-all entry every network ACL ends with (shown as `*` in the console). */
const CATCH_ALL = 32767;
function entryPorts(protocol, entry) {
    if (protocol === 'tcp' || protocol === 'udp') {
        const range = (0,sources_values/* record */.g1)(entry.PortRange);
        const text = portRange((0,sources_values/* num */.bu)(range.From), (0,sources_values/* num */.bu)(range.To));
        return text ? [text] : [];
    }
    if (protocol === 'icmp' || protocol === 'icmpv6') {
        const type = (0,sources_values/* num */.bu)((0,sources_values/* record */.g1)(entry.IcmpTypeCode).Type);
        return type === undefined || type < 0 ? [] : [`type ${type}`];
    }
    return [];
}
function readAcl(acl, path, context) {
    const id = (0,sources_values/* str */.gx)(acl.NetworkAclId);
    if (!id)
        context.fail(path, 'network ACL without NetworkAclId');
    const name = (0,sources_values/* str */.gx)((0,sources_values/* records */.V0)(acl.Tags).find((t) => t.Key === 'Name')?.Value);
    context.builder.addFirewallSet({
        id,
        name: name ?? id,
        provider: 'aws',
        kind: 'network-acl',
        networkId: (0,sources_values/* str */.gx)(acl.VpcId),
        subnetIds: (0,sources_values/* records */.V0)(acl.Associations).flatMap((association) => (0,sources_values/* str */.gx)(association.SubnetId) ? [(0,sources_values/* str */.gx)(association.SubnetId)] : []),
        origin: context.origin(path),
    });
    (0,sources_values/* list */.p_)(acl.Entries).forEach((item, i) => {
        const entryPath = [...path, 'Entries', i];
        const entry = (0,sources_values/* record */.g1)(item);
        const number = (0,sources_values/* num */.bu)(entry.RuleNumber);
        if (number === undefined)
            context.fail([...entryPath, 'RuleNumber'], `${id} entry ${i}: RuleNumber is missing`);
        const protocol = protocolName(entry.Protocol);
        if (!protocol)
            context.fail([...entryPath, 'Protocol'], `${id} rule ${number}: Protocol is missing`);
        const action = (0,sources_values/* str */.gx)(entry.RuleAction)?.toLowerCase();
        if (action !== 'allow' && action !== 'deny')
            context.fail([...entryPath, 'RuleAction'], `${id} rule ${number}: RuleAction must be allow or deny`);
        const key = entry.Ipv6CidrBlock !== undefined ? 'Ipv6CidrBlock' : 'CidrBlock';
        const cidr = ruleCidr(entry[key], [...entryPath, key], context, `${id} rule ${number}: ${key}`);
        const egress = (0,sources_values/* bool */.lc)(entry.Egress) === true;
        context.builder.addFirewallRule({
            id: `${id}/${egress ? 'egress' : 'ingress'}/${number}/${cidr.family}`,
            name: `${id} ${egress ? 'outbound' : 'inbound'} rule ${number === CATCH_ALL ? '*' : number}`,
            provider: 'aws',
            setId: id,
            direction: egress ? 'egress' : 'ingress',
            action,
            priority: number,
            protocols: protocol === 'all' ? 'all' : [protocol],
            ports: entryPorts(protocol, entry),
            // Stateless and CIDR-only: inbound entries name the source, outbound entries the destination.
            sourceRanges: egress ? ANY : [cidr],
            sourceRefs: [],
            destRanges: egress ? [cidr] : undefined,
            targets: [],
            builtIn: number === CATCH_ALL,
            origin: context.origin(entryPath),
        });
    });
}
const awsDescribeNetworkAcls = {
    id: 'aws-describe-network-acls',
    producedBy: 'aws ec2 describe-network-acls --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.NetworkAcls),
    read(value, context) {
        const acls = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).NetworkAcls);
        acls.forEach((acl, i) => {
            if (!(0,sources_values/* isRecord */.u4)(acl))
                context.fail(['NetworkAcls', i], 'network ACL is not an object');
            readAcl(acl, ['NetworkAcls', i], context);
        });
        context.builder.markPresent('firewalls');
        return acls.length;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/describe-network-interfaces.js


const awsDescribeNetworkInterfaces = {
    id: 'aws-describe-network-interfaces',
    producedBy: 'aws ec2 describe-network-interfaces --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.NetworkInterfaces) && value.Reservations === undefined,
    read(value, context) {
        const enis = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).NetworkInterfaces);
        enis.forEach((eni, i) => {
            if (!(0,sources_values/* isRecord */.u4)(eni))
                context.fail(['NetworkInterfaces', i], 'network interface is not an object');
            context.builder.addInterface(readEni(eni, ['NetworkInterfaces', i], context, undefined), true);
        });
        context.builder.markPresent('interfaces');
        return enis.length;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/describe-security-groups.js


/** The remote side of one IpPermission: CIDR blocks, and the security groups and prefix lists it names. */
function remote(permission, path, context, what) {
    const ranges = [];
    (0,sources_values/* records */.V0)(permission.IpRanges).forEach((range, i) => ranges.push(ruleCidr(range.CidrIp, [...path, 'IpRanges', i, 'CidrIp'], context, `${what}: CidrIp`)));
    (0,sources_values/* records */.V0)(permission.Ipv6Ranges).forEach((range, i) => ranges.push(ruleCidr(range.CidrIpv6, [...path, 'Ipv6Ranges', i, 'CidrIpv6'], context, `${what}: CidrIpv6`)));
    const refs = [
        ...(0,sources_values/* records */.V0)(permission.UserIdGroupPairs).flatMap((pair) => ((0,sources_values/* str */.gx)(pair.GroupId) ? [`sg:${(0,sources_values/* str */.gx)(pair.GroupId)}`] : [])),
        ...(0,sources_values/* records */.V0)(permission.PrefixListIds).flatMap((prefixList) => (0,sources_values/* str */.gx)(prefixList.PrefixListId) ? [`pl:${(0,sources_values/* str */.gx)(prefixList.PrefixListId)}`] : []),
    ];
    return { ranges, refs };
}
/** tcp/udp: FromPort-ToPort; icmp: FromPort is the ICMP type (-1 for all). */
function ports(protocol, permission) {
    if (protocol === 'all')
        return [];
    const from = (0,sources_values/* num */.bu)(permission.FromPort);
    const to = (0,sources_values/* num */.bu)(permission.ToPort);
    if (protocol === 'icmp' || protocol === 'icmpv6')
        return from === undefined || from < 0 ? [] : [`type ${from}`];
    if (protocol !== 'tcp' && protocol !== 'udp')
        return [];
    const range = portRange(from, to);
    return range ? [range] : [];
}
function readGroup(group, path, context) {
    const id = (0,sources_values/* str */.gx)(group.GroupId);
    if (!id)
        context.fail(path, 'security group without GroupId');
    const name = (0,sources_values/* str */.gx)(group.GroupName) ?? id;
    context.builder.addFirewallSet({
        id,
        name,
        provider: 'aws',
        kind: 'security-group',
        networkId: (0,sources_values/* str */.gx)(group.VpcId),
        origin: context.origin(path),
    });
    for (const [key, direction] of [
        ['IpPermissions', 'ingress'],
        ['IpPermissionsEgress', 'egress'],
    ]) {
        (0,sources_values/* list */.p_)(group[key]).forEach((item, i) => {
            const rulePath = [...path, key, i];
            const permission = (0,sources_values/* record */.g1)(item);
            const what = `${id} ${key}[${i}]`;
            const protocol = protocolName(permission.IpProtocol);
            if (!protocol)
                context.fail([...rulePath, 'IpProtocol'], `${what}: IpProtocol is missing`);
            const { ranges, refs } = remote(permission, rulePath, context, what);
            const egress = direction === 'egress';
            context.builder.addFirewallRule({
                id: `${id}/${direction}/${i}`,
                name: `${name} ${egress ? 'outbound' : 'inbound'} rule ${i + 1}`,
                provider: 'aws',
                setId: id,
                direction,
                action: 'allow',
                priority: 0,
                protocols: protocol === 'all' ? 'all' : [protocol],
                ports: ports(protocol, permission),
                sourceRanges: egress ? ANY : ranges,
                sourceRefs: egress ? [] : refs,
                destRanges: egress ? ranges : undefined,
                destRefs: egress ? refs : undefined,
                targets: [],
                origin: context.origin(rulePath),
            });
        });
    }
}
const awsDescribeSecurityGroups = {
    id: 'aws-describe-security-groups',
    producedBy: 'aws ec2 describe-security-groups --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.SecurityGroups),
    read(value, context) {
        const groups = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).SecurityGroups);
        groups.forEach((group, i) => {
            if (!(0,sources_values/* isRecord */.u4)(group))
                context.fail(['SecurityGroups', i], 'security group is not an object');
            readGroup(group, ['SecurityGroups', i], context);
        });
        context.builder.markPresent('firewalls');
        return groups.length;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/describe-vpcs.js

/** Disassociated CIDR blocks stay in the listing with a state other than "associated". */
function associated(entry, stateKey) {
    const state = (0,sources_values/* record */.g1)(entry[stateKey]).State;
    return state === undefined || state === 'associated';
}
const awsDescribeVpcs = {
    id: 'aws-describe-vpcs',
    producedBy: 'aws ec2 describe-vpcs --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.Vpcs),
    read(value, context) {
        const vpcs = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).Vpcs);
        vpcs.forEach((item, i) => {
            const path = ['Vpcs', i];
            const vpc = (0,sources_values/* record */.g1)(item);
            const id = (0,sources_values/* str */.gx)(vpc.VpcId);
            if (!id)
                context.fail(path, 'VPC without VpcId');
            const cidrs = [];
            const primary = context.optionalCidr(vpc.CidrBlock, [...path, 'CidrBlock'], `${id}: CidrBlock`);
            if (primary)
                cidrs.push(primary);
            (0,sources_values/* records */.V0)(vpc.CidrBlockAssociationSet).forEach((assoc, j) => {
                const cidr = associated(assoc, 'CidrBlockState')
                    ? context.optionalCidr(assoc.CidrBlock, [...path, 'CidrBlockAssociationSet', j, 'CidrBlock'], `${id}: CidrBlock`)
                    : undefined;
                if (cidr)
                    cidrs.push(cidr);
            });
            (0,sources_values/* records */.V0)(vpc.Ipv6CidrBlockAssociationSet).forEach((assoc, j) => {
                const cidr = associated(assoc, 'Ipv6CidrBlockState')
                    ? context.optionalCidr(assoc.Ipv6CidrBlock, [...path, 'Ipv6CidrBlockAssociationSet', j, 'Ipv6CidrBlock'], `${id}: Ipv6CidrBlock`)
                    : undefined;
                if (cidr)
                    cidrs.push(cidr);
            });
            context.builder.addNetwork({
                id,
                name: (0,sources_values/* str */.gx)((0,sources_values/* records */.V0)(vpc.Tags).find((t) => t.Key === 'Name')?.Value),
                cidrs,
                origin: context.origin(path),
            });
        });
        context.builder.markPresent('networks');
        return vpcs.length;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/dumps/describe-subnets.js


const awsDescribeSubnets = {
    id: 'aws-describe-subnets',
    producedBy: 'aws ec2 describe-subnets --output json',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) && Array.isArray(value.Subnets),
    read(value, context) {
        const subnets = (0,sources_values/* list */.p_)((0,sources_values/* record */.g1)(value).Subnets);
        subnets.forEach((item, i) => {
            const path = ['Subnets', i];
            const subnet = (0,sources_values/* record */.g1)(item);
            const id = (0,sources_values/* str */.gx)(subnet.SubnetId);
            if (!id)
                context.fail(path, 'subnet without SubnetId');
            const cidrs = [];
            const v4 = context.optionalCidr(subnet.CidrBlock, [...path, 'CidrBlock'], `${id}: CidrBlock`);
            if (v4)
                cidrs.push(v4);
            (0,sources_values/* records */.V0)(subnet.Ipv6CidrBlockAssociationSet).forEach((assoc, j) => {
                if (!associated(assoc, 'Ipv6CidrBlockState'))
                    return;
                const v6 = context.optionalCidr(assoc.Ipv6CidrBlock, [...path, 'Ipv6CidrBlockAssociationSet', j, 'Ipv6CidrBlock'], `${id}: Ipv6CidrBlock`);
                if (v6)
                    cidrs.push(v6);
            });
            context.builder.addSubnet({
                id,
                name: (0,sources_values/* str */.gx)((0,sources_values/* records */.V0)(subnet.Tags).find((t) => t.Key === 'Name')?.Value),
                cidrs,
                networkId: (0,sources_values/* str */.gx)(subnet.VpcId),
                origin: context.origin(path),
            });
        });
        context.builder.markPresent('subnets');
        return subnets.length;
    },
};

// EXTERNAL MODULE: ./lib/model/names/index.js + 5 modules
var names = __nccwpck_require__(29174);
// EXTERNAL MODULE: ./lib/model/shell.js
var shell = __nccwpck_require__(84591);
// EXTERNAL MODULE: ./lib/clouds/shared/names.js
var shared_names = __nccwpck_require__(8782);
;// CONCATENATED MODULE: ./lib/clouds/aws/policy.js




/** AWS Config: the managed rule that flags every host-gw node ENI as non-compliant. */
function* awsConfigRules(rules, views, topology) {
    // Every ENI of a node's instance: secondary ENIs forward pod traffic too and have the check off as well.
    const instances = new Set(views.flatMap((view) => (view.instanceKey ? [view.instanceKey] : [])));
    const nodeEnis = topology.snapshot.interfaces.filter((iface) => iface.instanceKey !== undefined && instances.has(iface.instanceKey));
    const enis = [
        ...new Set([...views.flatMap((view) => view.interfaces), ...nodeEnis]
            .filter((iface) => iface.provider === 'aws' && iface.id.startsWith('eni-'))
            .map((iface) => iface.id)),
    ].sort();
    for (const rule of rules) {
        if (rule.blocks !== 'forwarding' || !rule.active)
            continue;
        const securityHub = rule.createdBy === 'securityhub.amazonaws.com';
        // A resource key is one word; an ENI id is validated, so it needs no quotes inside it.
        const keys = enis.length > 0
            ? (0,shell/* joinShell */.V)(enis.map((eni) => (0,shell/* shell */.vf) `ResourceType=AWS::EC2::NetworkInterface,ResourceId=${(0,names/* named */.KT)('aws-eni', eni)}`), ' ')
            : (0,shell/* shell */.vf) `'ResourceType=AWS::EC2::NetworkInterface,ResourceId=<node-eni-id>'`;
        yield {
            resource: rule.ruleName,
            severity: 'note',
            message: `AWS Config rule ${rule.ruleName} (managed rule ${AWS_ENI_SOURCE_DEST_CHECK_RULE}${securityHub ? ', a Security Hub control' : ''}) is active: it reports every ENI ` +
                `with the source/destination check off as NON_COMPLIANT, so ${enis.length > 0 ? `the ${enis.length} node ENI${enis.length === 1 ? '' : 's'}` : "the nodes' ENIs"} ` +
                'show as non-compliant. For host-gw nodes this is expected, not a fault: the check must stay off' +
                (rule.scopeTag
                    ? `; the rule only evaluates resources tagged ${rule.scopeTag.key}${rule.scopeTag.value ? `=${rule.scopeTag.value}` : ''}`
                    : ''),
            remediation: (0,shell/* withCommand */.UE)({
                text: 'Record the node ENIs as an accepted exception: a remediation exception keeps automatic remediation (which would turn the check back on and cut the ' +
                    "nodes' pod traffic) away from them; to stop evaluating them at all, scope the rule (Scope.TagKey) to the ENIs that must keep the check" +
                    (securityHub
                        ? ", or suppress the control's findings for the node ENIs in Security Hub (workflow status SUPPRESSED)"
                        : '') +
                    '.',
            }, (0,shell/* shell */.vf) `aws configservice put-remediation-exceptions --config-rule-name ${(0,names/* named */.KT)('aws-config-rule', rule.ruleName)} --resource-keys ${keys} --message ${'flannel host-gw node: source/destination check off by design'}${(0,shared_names/* awsRegionFlag */.yA)(rule.region)}`),
            origin: rule.origin,
        };
    }
}
/** AWS Config rules with automatic remediation that turn the nodes' source/destination check back on. */
function* awsPolicyFindings(constraints, views, topology) {
    const rules = constraints.filter((policy) => policy.kind === 'aws-config-rule');
    if (rules.length > 0)
        yield* awsConfigRules(rules, views, topology);
}
/** Apply time: a service control policy refused a change; only the organisation's administrators can lift it. */
function awsDenialRemediation(_denial, step) {
    return {
        text: `An explicit deny in a service control policy refused ${step.api ?? 'the change'}: ask the organisation's administrators to exempt the role that ` +
            'applies fixes (a condition on aws:PrincipalArn) or the node ENIs (a condition on a resource tag). Find the SCP from the management account:',
        command: 'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
    };
}

// EXTERNAL MODULE: ./lib/clouds/aws/region.js
var aws_region = __nccwpck_require__(4070);
// EXTERNAL MODULE: ./lib/clouds/shared/firewall/common.js
var common = __nccwpck_require__(59122);
;// CONCATENATED MODULE: ./lib/clouds/aws/firewall.js





const NACL_CATCH_ALL = 32767;
function layout(topology, data) {
    const acls = [...data.setById.values()].filter((set) => set.kind === 'network-acl');
    const groups = new Map();
    const unresolved = [];
    for (const view of topology.views) {
        if (view.node.planned || view.node.podCidrs.length === 0)
            continue;
        const iface = data.podInterface(view);
        // Nodes without a joined ENI are reported by check-incomplete already.
        if (!iface)
            continue;
        const groupIds = data.setsOfInterface(iface);
        if (!groupIds) {
            unresolved.push({ view, missing: [], reason: `the security groups of ${iface.id} are not in the data` });
            continue;
        }
        const missing = groupIds.filter((id) => !data.setById.has(id));
        if (missing.length > 0) {
            unresolved.push({ view, missing });
            continue;
        }
        // Network ACLs work between subnets: with ACL data the subnet is part of what a node's traffic passes.
        const subnetId = acls.length > 0 ? (iface.subnetId ?? view.subnetId) : undefined;
        const aclId = subnetId
            ? data.setsOfSubnet(subnetId).find((id) => data.setById.get(id)?.kind === 'network-acl')
            : undefined;
        const key = `${groupIds.join('+')}|${subnetId ?? ''}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { groupIds: [...groupIds], subnetId, aclId, members: [] }));
        group.members.push(view);
    }
    const scopes = [...groups.entries()].map(([key, group]) => ({
        key,
        label: `security group${group.groupIds.length === 1 ? '' : 's'} ${group.groupIds.map((id) => (0,common/* setName */.i)(data.setById.get(id))).join(', ') || '(none)'}${group.subnetId ? ` in ${group.subnetId}` : ''}`,
        members: group.members,
        groupIds: group.groupIds,
        subnetId: group.subnetId,
        aclId: group.aclId,
    }));
    return { scopes, unresolved };
}
function groupStage(scope, data, direction) {
    const sets = scope.groupIds.map((id) => data.setById.get(id));
    return {
        key: `sg:${scope.groupIds.join('+')}:${direction}`,
        sets,
        side: direction === 'ingress' ? 'destination' : 'source',
        direction,
        // Security groups only allow, and an ENI's groups add up: their rules are one list.
        rules: scope.groupIds.flatMap((id) => data.rulesOf(id, direction)),
        fallback: { action: 'deny', label: 'security groups drop what none of their rules allows' },
        label: `security group${sets.length === 1 ? '' : 's'} ${sets.map(common/* setName */.i).join(', ')}`,
    };
}
function aclStage(aclId, subnetId, data, direction) {
    const set = data.setById.get(aclId);
    return {
        key: `acl:${aclId}:${direction}`,
        sets: [set],
        side: direction === 'ingress' ? 'destination' : 'source',
        direction,
        rules: data.rulesOf(aclId, direction),
        fallback: { action: 'deny', label: 'the catch-all rule * denies what no numbered rule allows' },
        label: `network ACL ${(0,common/* setName */.i)(set)}${subnetId ? ` of ${subnetId}` : ''}`,
    };
}
function stages(from, to, data) {
    const source = from;
    const dest = to;
    const result = [groupStage(source, data, 'egress')];
    // Network ACLs are stateless and filter only traffic that crosses a subnet boundary, on both subnets.
    if (source.subnetId !== dest.subnetId) {
        if (source.aclId)
            result.push(aclStage(source.aclId, source.subnetId, data, 'egress'));
        if (dest.aclId)
            result.push(aclStage(dest.aclId, dest.subnetId, data, 'ingress'));
    }
    result.push(groupStage(dest, data, 'ingress'));
    return result;
}
/** The region of the nodes behind the set (a node without a providerID takes its neighbours'). */
function regionOf(block, data) {
    return [...block.localNodes, ...block.remoteNodes, ...data.topology.views]
        .map((view) => (0,aws_region/* awsRegionOf */.j)(view.node.providerId))
        .find((region) => region !== undefined);
}
/** The group a fix goes into: the one already holding the "allow my node group" rule, else the first. */
function targetGroup(block) {
    const sets = block.stage.sets;
    const referencing = block.nearMiss && sets.find((set) => set.id === block.nearMiss.setId);
    return referencing ?? sets[0];
}
function permissions(block, data) {
    const result = [];
    for (const family of block.families) {
        const { sources, dests } = (0,common/* ends */.rW)(block, data, family);
        const cidrs = (block.stage.direction === 'ingress' ? sources : dests).map((cidr) => cidr.text);
        for (const protocol of block.protocols) {
            const icmp = protocol === 'icmp';
            result.push({
                protocol: icmp ? (family === 6 ? 'icmpv6' : 'icmp') : protocol,
                fromPort: icmp ? -1 : 0,
                toPort: icmp ? -1 : 65535,
                cidrs,
                family,
            });
        }
    }
    return result;
}
function permissionText(permission) {
    const ranges = permission.family === 6
        ? `Ipv6Ranges=[${permission.cidrs.map((cidr) => `{CidrIpv6=${cidr},Description="pod traffic (host-gw)"}`).join(',')}]`
        : `IpRanges=[${permission.cidrs.map((cidr) => `{CidrIp=${cidr},Description="pod traffic (host-gw)"}`).join(',')}]`;
    return (0,shell/* shell */.vf) `${`IpProtocol=${permission.protocol},FromPort=${permission.fromPort},ToPort=${permission.toPort},${ranges}`}`;
}
const NACL_PROTOCOL = { tcp: '6', udp: '17', icmp: '1' };
function naclEntries(block, data) {
    const acl = block.stage.sets[0];
    const egress = block.stage.direction === 'egress';
    const used = new Set(data.rulesOf(acl.id, block.stage.direction).map((rule) => rule.priority));
    const wanted = [];
    for (const family of block.families) {
        const { sources, dests } = (0,common/* ends */.rW)(block, data, family);
        for (const cidr of egress ? dests : sources) {
            for (const protocol of block.protocols) {
                wanted.push({
                    protocol: protocol === 'icmp' && family === 6 ? '58' : NACL_PROTOCOL[protocol],
                    cidr: cidr.text,
                    family,
                });
            }
        }
    }
    // Numbered before the rule that drops the traffic: ACL rules are evaluated in rule-number order.
    const numbers = (0,common/* freePriorities */.ln)(used, block.deniedBy?.priority ?? NACL_CATCH_ALL, wanted.length, 1);
    if (numbers.length < wanted.length)
        return undefined;
    return wanted.map((entry, i) => ({ ...entry, ruleNumber: numbers[i] }));
}
function naclCommand(aclId, egress, entry, region) {
    const ports = entry.protocol === '6' || entry.protocol === '17'
        ? (0,shell/* shell */.vf) ` --port-range From=0,To=65535`
        : (0,shell/* shell */.vf) ` --icmp-type-code Type=-1,Code=-1`;
    const cidr = entry.family === 6 ? (0,shell/* shell */.vf) `--ipv6-cidr-block ${entry.cidr}` : (0,shell/* shell */.vf) `--cidr-block ${entry.cidr}`;
    const direction = egress ? (0,shell/* shell */.vf) `--egress` : (0,shell/* shell */.vf) `--ingress`;
    return (0,shell/* shell */.vf) `aws ec2 create-network-acl-entry --network-acl-id ${(0,names/* named */.KT)('aws-network-acl', aclId)} ${direction} --rule-number ${entry.ruleNumber} --protocol ${entry.protocol}${ports} ${cidr} --rule-action allow${(0,shared_names/* awsRegionFlag */.yA)(region)}`;
}
function remedy(block, data) {
    const region = regionOf(block, data);
    const protocols = (0,common/* protocolList */.jV)(block.protocols);
    if (block.stage.key.startsWith('acl:')) {
        const acl = block.stage.sets[0];
        const egress = block.stage.direction === 'egress';
        const entries = naclEntries(block, data);
        const text = `Add ${egress ? 'outbound' : 'inbound'} allow entries for the pod CIDRs (${protocols}) to network ACL ${acl.id}, numbered before ${block.deniedBy ? `rule ${block.deniedBy.priority}` : 'the catch-all rule'}; ACLs are stateless, so the reverse direction needs the same on the other subnet.`;
        if (!entries)
            return { text: `${text} There is no free rule number below it: renumber the ACL's rules first.` };
        const actions = entries.map((entry) => ({
            kind: 'aws-nacl-entry',
            region,
            aclId: acl.id,
            egress,
            entry,
        }));
        return (0,shell/* withCommand */.UE)({ text, fix: { actions, scope: 'network', api: 'ec2:CreateNetworkAclEntry' } }, (0,shell/* joinShell */.V)(entries.map((entry) => naclCommand(acl.id, egress, entry, region)), ' && '));
    }
    const group = targetGroup(block);
    const ingress = block.stage.direction === 'ingress';
    const perms = permissions(block, data);
    const cidrs = [...new Set(perms.flatMap((permission) => permission.cidrs))].join(', ');
    const subcommand = ingress ? (0,shell/* shell */.vf) `authorize-security-group-ingress` : (0,shell/* shell */.vf) `authorize-security-group-egress`;
    return (0,shell/* withCommand */.UE)({
        text: `Allow ${protocols} ${ingress ? 'from' : 'to'} the pod CIDRs (${cidrs}) as a CIDR ${ingress ? 'source' : 'destination'} in security group ${(0,common/* setName */.i)(group)}` +
            `${(0,common/* byReference */.vP)(block) ? ': a rule naming a security group matches only the addresses of its ENIs, not pod addresses' : ''}.`,
        fix: {
            actions: [
                {
                    kind: ingress ? 'aws-sg-authorize-ingress' : 'aws-sg-authorize-egress',
                    region,
                    groupId: group.id,
                    permissions: perms,
                },
            ],
            scope: 'network',
            api: ingress ? 'ec2:AuthorizeSecurityGroupIngress' : 'ec2:AuthorizeSecurityGroupEgress',
        },
    }, (0,shell/* shell */.vf) `aws ec2 ${subcommand} --group-id ${(0,names/* named */.KT)('aws-security-group', group.id)} --ip-permissions ${(0,shell/* joinShell */.V)(perms.map(permissionText), ' ')}${(0,shared_names/* awsRegionFlag */.yA)(region)}`);
}
const awsFirewall = {
    dumps: 'the output of `aws ec2 describe-security-groups --output json` (and `aws ec2 describe-network-acls --output json`)',
    layout,
    stages,
    remedy,
};

;// CONCATENATED MODULE: ./lib/clouds/aws/profile.js







function awsInstanceId(key) {
    const ref = (0,instance_key/* parseInstanceKey */.UI)(key);
    return ref?.provider === 'aws' ? ref.instanceId : undefined;
}
const aws = {
    id: 'aws',
    displayName: 'AWS',
    firewall: awsFirewall,
    policies: awsPolicyFindings,
    dumps: {
        instances: 'the output of `aws ec2 describe-instances --output json`',
        interfaces: 'the output of `aws ec2 describe-network-interfaces --output json`',
        subnets: 'the output of `aws ec2 describe-subnets --output json`',
    },
    forwarding: {
        switchName: 'source/destination check',
        blockedState: 'the source/destination check is on',
        enable(view, iface) {
            const region = (0,aws_region/* awsRegionOf */.j)(view.node.providerId);
            // The instance attribute only reaches the primary ENI; every ENI carrying the node IP needs its own call.
            if (iface && !iface.id.endsWith('/primary')) {
                return (0,shell/* withCommand */.UE)({
                    text: `Turn off the source/destination check on ENI ${iface.id}.`,
                    fix: {
                        actions: [{ kind: 'aws-eni-source-dest-check', eniId: iface.id, region }],
                        scope: 'node',
                        api: 'ec2:ModifyNetworkInterfaceAttribute',
                    },
                }, (0,shell/* shell */.vf) `aws ec2 modify-network-interface-attribute --network-interface-id ${(0,names/* named */.KT)('aws-eni', iface.id)} --no-source-dest-check${(0,shared_names/* awsRegionFlag */.yA)(region)}`);
            }
            const instanceId = view.instance?.id ?? awsInstanceId(view.instanceKey);
            return (0,shell/* withCommand */.UE)({
                text: `Turn off the source/destination check of instance ${instanceId ?? `of node ${view.node.name}`}.`,
                fix: instanceId
                    ? {
                        actions: [{ kind: 'aws-instance-source-dest-check', instanceId, region }],
                        scope: 'node',
                        api: 'ec2:ModifyInstanceAttribute',
                    }
                    : undefined,
            }, (0,shell/* shell */.vf) `aws ec2 modify-instance-attribute --instance-id ${instanceId ? (0,names/* named */.KT)('aws-instance', instanceId) : '<instance-id>'} --no-source-dest-check${(0,shared_names/* awsRegionFlag */.yA)(region)}`);
        },
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/index.js










const awsCloud = {
    profile: aws,
    readers: {
        network: [awsDescribeInstances, awsDescribeNetworkInterfaces, awsDescribeSubnets, awsDescribeVpcs],
        firewall: [awsDescribeSecurityGroups, awsDescribeNetworkAcls],
        policy: [awsDescribeConfigRules],
    },
    terraform: awsTerraform,
    live: async () => (await __nccwpck_require__.e(/* import() */ 721).then(__nccwpck_require__.bind(__nccwpck_require__, 61721))).awsReader,
    applier: async () => (await __nccwpck_require__.e(/* import() */ 288).then(__nccwpck_require__.bind(__nccwpck_require__, 35288))).awsApplier,
    denials: {
        unnamed: { provider: 'aws', kind: 'aws-scp', name: 'a service control policy' },
        remediation: awsDenialRemediation,
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/index.js
/** Azure resources of a Terraform plan or state; the mappers load with the first Terraform document. */
const azureTerraform = {
    provider: 'azure',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(187), __nccwpck_require__.e(434)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51434))).azureMappers,
};

;// CONCATENATED MODULE: ./lib/sources/typed-list.js

/**
 * gcloud and az print bare JSON arrays whose items carry their type (`kind: compute#route`,
 * `type: Microsoft.Network/routeTables`): the list is recognised by its items.
 */
function isListOf(value, key, expected) {
    if (!Array.isArray(value) || value.length === 0)
        return false;
    const first = value[0];
    return ((0,sources_values/* isRecord */.u4)(first) && typeof first[key] === 'string' && first[key].toLowerCase() === expected.toLowerCase());
}
function eachOfList(value, key, expected, context, read) {
    const items = value;
    const lower = expected.toLowerCase();
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const type = (0,sources_values/* isRecord */.u4)(item) ? item[key] : undefined;
        if (typeof type !== 'string' || type.toLowerCase() !== lower) {
            context.fail([i], `item ${i} is not a ${expected} like the rest of the list`);
        }
        read(item, [i]);
    }
    return items.length;
}

;// CONCATENATED MODULE: ./lib/clouds/azure/ids.js

/** ".../virtualNetworks/vnet/subnets/nodes" -> ".../virtualnetworks/vnet" (lower case, as all model ids). */
function vnetOfSubnet(subnetId) {
    return (0,instance_key/* azureId */.BQ)(subnetId.replace(/\/subnets\/[^/]+$/i, ''));
}
/** The last segment of a resource id: its name. */
function nameOf(id) {
    return id.split('/').pop() ?? id;
}

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/nsgs.js





const TYPE = 'Microsoft.Network/networkSecurityGroups';
/**
 * The rules Azure puts in every NSG, for listings that leave `defaultSecurityRules` out (a --query); the full
 * `az network nsg list` output always has them.
 */
const DEFAULT_RULES = [
    {
        name: 'AllowVnetInBound',
        priority: 65000,
        direction: 'Inbound',
        access: 'Allow',
        sourceAddressPrefix: 'VirtualNetwork',
        destinationAddressPrefix: 'VirtualNetwork',
    },
    {
        name: 'AllowAzureLoadBalancerInBound',
        priority: 65001,
        direction: 'Inbound',
        access: 'Allow',
        sourceAddressPrefix: 'AzureLoadBalancer',
        destinationAddressPrefix: '*',
    },
    {
        name: 'DenyAllInBound',
        priority: 65500,
        direction: 'Inbound',
        access: 'Deny',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: '*',
    },
    {
        name: 'AllowVnetOutBound',
        priority: 65000,
        direction: 'Outbound',
        access: 'Allow',
        sourceAddressPrefix: 'VirtualNetwork',
        destinationAddressPrefix: 'VirtualNetwork',
    },
    {
        name: 'AllowInternetOutBound',
        priority: 65001,
        direction: 'Outbound',
        access: 'Allow',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: 'Internet',
    },
    {
        name: 'DenyAllOutBound',
        priority: 65500,
        direction: 'Outbound',
        access: 'Deny',
        sourceAddressPrefix: '*',
        destinationAddressPrefix: '*',
    },
].map((rule) => ({ ...rule, protocol: '*', sourcePortRange: '*', destinationPortRange: '*' }));
/** One side of a rule: "*" is any address, CIDRs and addresses are ranges, anything else is a service tag. */
function side(rule, path, context, which, what) {
    const single = (0,sources_values/* pick */.Up)(rule, `${which}AddressPrefix`);
    const values = [
        ...(typeof single === 'string' && single !== ''
            ? [{ value: single, path: [...path, `${which}AddressPrefix`] }]
            : []),
        ...(0,sources_values/* list */.p_)(rule[`${which}AddressPrefixes`]).map((value, i) => ({
            value,
            path: [...path, `${which}AddressPrefixes`, i],
        })),
    ];
    const ranges = [];
    const refs = (0,sources_values/* records */.V0)(rule[`${which}ApplicationSecurityGroups`]).flatMap((asg) => (0,sources_values/* str */.gx)(asg.id) ? [`asg:${(0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(asg.id))}`] : []);
    let any = false;
    for (const { value, path: valuePath } of values) {
        if (typeof value !== 'string')
            context.fail(valuePath, `${what}: ${which} address prefix is not a string`);
        if (value === '*' || value.toLowerCase() === 'any')
            any = true;
        else if (/^[A-Za-z][A-Za-z0-9.]*$/.test(value))
            refs.push(`service-tag:${value}`);
        else
            ranges.push(ruleCidr(value, valuePath, context, `${what}: ${which} address prefix`));
    }
    // No prefix at all and no application security group: Azure treats the side as any.
    if (any || (values.length === 0 && refs.length === 0))
        return { ranges: undefined, refs: [] };
    return { ranges, refs };
}
function nsgs_ports(rule) {
    const destination = [(0,sources_values/* pick */.Up)(rule, 'destinationPortRange'), ...(0,sources_values/* list */.p_)(rule.destinationPortRanges)].filter((value) => value !== undefined && value !== null && value !== '');
    const source = [(0,sources_values/* pick */.Up)(rule, 'sourcePortRange'), ...(0,sources_values/* list */.p_)(rule.sourcePortRanges)].filter((value) => value !== undefined && value !== null && value !== '');
    const limited = (values) => values.length === 0 || values.some((value) => portText(value) === undefined)
        ? []
        : values.map((value) => portText(value));
    return [...limited(destination), ...limited(source).map((range) => `source ${range}`)];
}
function readRule(rule, path, context, nsgId, builtIn) {
    const name = (0,sources_values/* str */.gx)(rule.name) ?? `rule-${path[path.length - 1]}`;
    const what = `NSG rule ${name}`;
    const priority = (0,sources_values/* num */.bu)(rule.priority);
    if (priority === undefined)
        context.fail([...path, 'priority'], `${what}: priority is missing`);
    const direction = (0,sources_values/* str */.gx)(rule.direction)?.toLowerCase();
    if (direction !== 'inbound' && direction !== 'outbound')
        context.fail([...path, 'direction'], `${what}: direction must be Inbound or Outbound`);
    const access = (0,sources_values/* str */.gx)(rule.access)?.toLowerCase();
    if (access !== 'allow' && access !== 'deny')
        context.fail([...path, 'access'], `${what}: access must be Allow or Deny`);
    const protocol = protocolName(rule.protocol);
    if (!protocol)
        context.fail([...path, 'protocol'], `${what}: protocol is missing`);
    const source = side(rule, path, context, 'source', what);
    const destination = side(rule, path, context, 'destination', what);
    return {
        id: (0,sources_values/* str */.gx)(rule.id)
            ? (0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(rule.id))
            : `${nsgId}/${builtIn ? 'defaultsecurityrules' : 'securityrules'}/${name.toLowerCase()}`,
        name,
        provider: 'azure',
        setId: nsgId,
        direction: direction === 'inbound' ? 'ingress' : 'egress',
        action: access,
        priority,
        // NSG "Icmp" covers ICMP for IPv4 and IPv6.
        protocols: protocol === 'all' ? 'all' : protocol === 'icmp' ? ['icmp', 'icmpv6'] : [protocol],
        ports: nsgs_ports(rule),
        sourceRanges: source.ranges ?? ANY,
        sourceRefs: source.refs,
        destRanges: destination.ranges,
        destRefs: destination.refs.length > 0 ? destination.refs : undefined,
        targets: [],
        builtIn,
        origin: context.origin(path),
    };
}
/** `az network nsg list -o json`: rules, default rules, and the NICs and subnets each NSG is associated with. */
const azNsgs = {
    id: 'az-network-nsg-list',
    producedBy: 'az network nsg list -o json',
    matches: (value) => isListOf(value, 'type', TYPE),
    read(value, context) {
        const count = eachOfList(value, 'type', TYPE, context, (nsg, path) => {
            const rawId = (0,sources_values/* str */.gx)(nsg.id);
            if (!rawId)
                context.fail(path, 'network security group without id');
            const id = (0,instance_key/* azureId */.BQ)(rawId);
            const subnetIds = (0,sources_values/* records */.V0)(nsg.subnets).flatMap((subnet) => ((0,sources_values/* str */.gx)(subnet.id) ? [(0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(subnet.id))] : []));
            context.builder.addFirewallSet({
                id,
                name: (0,sources_values/* str */.gx)(nsg.name) ?? id.split('/').pop() ?? id,
                provider: 'azure',
                kind: 'nsg',
                networkId: subnetIds[0] ? vnetOfSubnet(subnetIds[0]) : undefined,
                subnetIds,
                interfaceIds: (0,sources_values/* records */.V0)(nsg.networkInterfaces).flatMap((nic) => ((0,sources_values/* str */.gx)(nic.id) ? [(0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(nic.id))] : [])),
                origin: context.origin(path),
            });
            const custom = (0,sources_values/* records */.V0)(nsg.securityRules).map((rule, i) => readRule(rule, [...path, 'securityRules', i], context, id, false));
            const defaults = Array.isArray(nsg.defaultSecurityRules)
                ? (0,sources_values/* records */.V0)(nsg.defaultSecurityRules).map((rule, i) => readRule(rule, [...path, 'defaultSecurityRules', i], context, id, true))
                : DEFAULT_RULES.map((rule) => readRule(rule, path, context, id, true));
            for (const rule of [...custom, ...defaults])
                context.builder.addFirewallRule(rule);
        });
        context.builder.markPresent('firewalls');
        return count;
    },
};
/** NICs and subnets carry the association from their side: `networkSecurityGroup.id`. */
function nsgOf(object) {
    const id = (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(object.networkSecurityGroup).id);
    return id ? [(0,instance_key/* azureId */.BQ)(id)] : [];
}

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/nics.js







const nics_TYPE = 'Microsoft.Network/networkInterfaces';
const azNics = {
    id: 'az-network-nic-list',
    producedBy: 'az network nic list -o json (also az vmss nic list)',
    matches: (value) => isListOf(value, 'type', nics_TYPE),
    read(value, context) {
        const count = eachOfList(value, 'type', nics_TYPE, context, (nic, path) => {
            const id = (0,sources_values/* str */.gx)(nic.id);
            if (!id)
                context.fail(path, 'network interface without id');
            const ips = [];
            let subnetId;
            (0,sources_values/* records */.V0)(nic.ipConfigurations).forEach((config, i) => {
                // az CLI versions disagree on casing: privateIPAddress (older) and privateIpAddress (newer).
                const key = config.privateIPAddress !== undefined ? 'privateIPAddress' : 'privateIpAddress';
                const value = config[key];
                const ip = (0,sources_context/* isAbsent */.W0)(value)
                    ? undefined
                    : ((0,model_cidr/* canonicalIp */.IZ)(value) ??
                        context.ip(value, [...path, 'ipConfigurations', i, key], `${(0,sources_values/* str */.gx)(nic.name) ?? id}: ${key}`));
                if (ip)
                    ips.push(ip);
                const subnet = (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(config.subnet).id);
                if (subnet && (!subnetId || config.primary === true))
                    subnetId = (0,instance_key/* azureId */.BQ)(subnet);
            });
            const vm = (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(nic.virtualMachine).id);
            const forwardingKey = nic.enableIPForwarding !== undefined ? 'enableIPForwarding' : 'enableIpForwarding';
            context.builder.addInterface({
                id: (0,instance_key/* azureId */.BQ)(id),
                name: (0,sources_values/* str */.gx)(nic.name) ?? id,
                provider: 'azure',
                instanceKey: vm ? (0,instance_key/* azureInstanceKey */.GH)(vm) : undefined,
                ips,
                subnetId,
                networkId: subnetId ? vnetOfSubnet(subnetId) : undefined,
                forwarding: (0,sources_values/* bool */.lc)((0,sources_values/* pick */.Up)(nic, 'enableIPForwarding', 'enableIpForwarding')),
                securityGroupIds: nsgOf(nic),
                origin: context.origin([...path, forwardingKey]),
            }, true);
            if (vm) {
                context.builder.addInstance({
                    key: (0,instance_key/* azureInstanceKey */.GH)(vm),
                    provider: 'azure',
                    id: (0,instance_key/* azureId */.BQ)(vm),
                    name: vm.split('/').pop(),
                    tags: [],
                    origin: context.origin([...path, 'virtualMachine']),
                });
            }
        });
        context.builder.markPresent('interfaces');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/policy-assignments.js




const policy_assignments_TYPE = 'Microsoft.Authorization/policyAssignments';
const ASSIGNMENT_SUFFIX = /\/providers\/Microsoft\.Authorization\/policyAssignments\/[^/]+$/i;
/** az prints the assignment flattened; Resource Manager (and older SDK dumps) nest it under `properties`. */
function flattened(item) {
    return (0,sources_values/* isRecord */.u4)(item.properties) ? { ...item, ...item.properties } : item;
}
/** The definition's effect as assigned: the built-in one denies unless a parameter says otherwise. */
function effectOf(assignment, builtIn) {
    const parameter = (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)((0,sources_values/* record */.g1)(assignment.parameters).effect).value)?.toLowerCase();
    if (parameter === 'deny')
        return 'deny';
    if (parameter === 'audit' || parameter === 'auditifnotexists')
        return 'detect';
    if (parameter === 'disabled')
        return 'none';
    return builtIn ? 'deny' : 'unknown';
}
/**
 * `az policy assignment list -o json` (with `--disable-scope-strict-match`, also the assignments inherited from
 * management groups and those on resource groups below): which assignments can refuse IP forwarding on NICs.
 */
const azPolicyAssignments = {
    id: 'az-policy-assignment-list',
    producedBy: 'az policy assignment list --disable-scope-strict-match -o json',
    matches: (value) => isListOf(value, 'type', policy_assignments_TYPE),
    read(value, context) {
        return eachOfList(value, 'type', policy_assignments_TYPE, context, (item, path) => {
            const assignment = flattened(item);
            const id = (0,sources_values/* str */.gx)(assignment.id);
            if (!id)
                context.fail(path, 'policy assignment without id');
            const definitionId = (0,sources_values/* str */.gx)(assignment.policyDefinitionId);
            if (!definitionId)
                context.fail(path, `policy assignment ${id}: no policyDefinitionId`);
            const builtIn = definitionId.toLowerCase() === AZURE_NIC_IP_FORWARDING_DEFINITION.toLowerCase();
            const initiative = /\/policySetDefinitions\//i.test(definitionId);
            const enforcementMode = (0,sources_values/* str */.gx)(assignment.enforcementMode) ?? 'Default';
            context.builder.addPolicy({
                kind: 'azure-policy-assignment',
                provider: 'azure',
                id,
                name: (0,sources_values/* str */.gx)(assignment.displayName) ?? (0,sources_values/* str */.gx)(assignment.name) ?? id.split('/').pop(),
                // An assignment's scope is the id it sits under; az prints it, ARM's list does too.
                scope: (0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(assignment.scope) ?? id.replace(ASSIGNMENT_SUFFIX, '')),
                notScopes: (0,sources_values/* list */.p_)(assignment.notScopes).flatMap((scope) => typeof scope === 'string' && scope ? [(0,instance_key/* azureId */.BQ)(scope.replace(/\/+$/, ''))] : []),
                definitionId,
                initiative,
                enforced: enforcementMode.toLowerCase() !== 'donotenforce',
                effect: initiative ? 'unknown' : effectOf(assignment, builtIn),
                blocks: builtIn ? 'forwarding' : undefined,
                origin: context.origin((0,sources_values/* isRecord */.u4)(item.properties) ? [...path, 'properties', 'policyDefinitionId'] : [...path, 'policyDefinitionId']),
            });
        });
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/route-tables.js




const route_tables_TYPE = 'Microsoft.Network/routeTables';
const azRouteTables = {
    id: 'az-network-route-table-list',
    producedBy: 'az network route-table list -o json',
    matches: (value) => isListOf(value, 'type', route_tables_TYPE),
    read(value, context) {
        const count = eachOfList(value, 'type', route_tables_TYPE, context, (table, path) => {
            const id = (0,sources_values/* str */.gx)(table.id);
            const name = (0,sources_values/* str */.gx)(table.name);
            if (!id || !name)
                context.fail(path, 'route table without id or name');
            const tableId = (0,instance_key/* azureId */.BQ)(id);
            (0,sources_values/* records */.V0)(table.routes).forEach((route, i) => {
                const routePath = [...path, 'routes', i];
                const routeName = (0,sources_values/* str */.gx)(route.name) ?? `route-${i}`;
                const hopType = (0,sources_values/* str */.gx)(route.nextHopType) ?? 'None';
                const ip = hopType === 'VirtualAppliance'
                    ? context.optionalIp(route.nextHopIpAddress, [...routePath, 'nextHopIpAddress'], `route ${routeName}: nextHopIpAddress`)
                    : undefined;
                const nextHop = ip
                    ? { kind: 'ip', ip, text: `VirtualAppliance ${ip}` }
                    : { kind: 'other', text: hopType };
                context.builder.addRoute({
                    id: (0,sources_values/* str */.gx)(route.id) ? (0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(route.id)) : `${tableId}/routes/${routeName}`,
                    name: routeName,
                    provider: 'azure',
                    dest: (0,model_cidr/* parseCidr */.GN)(route.addressPrefix) ??
                        context.cidr(route.addressPrefix, [...routePath, 'addressPrefix'], `route ${routeName}: addressPrefix`),
                    nextHop,
                    priority: 0,
                    tags: [],
                    tableId,
                    system: false,
                    origin: context.origin(routePath),
                });
            });
            context.builder.addRouteTable({
                id: tableId,
                name,
                subnetIds: (0,sources_values/* records */.V0)(table.subnets).flatMap((subnet) => ((0,sources_values/* str */.gx)(subnet.id) ? [(0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(subnet.id))] : [])),
                origin: context.origin(path),
            });
            if ((0,sources_values/* records */.V0)(table.routes).length === 0)
                context.builder.markPresent('routes');
        });
        context.builder.markPresent('routeTables');
        context.builder.markPresent('routes');
        return count;
    },
};
/** Subnet listings carry the association from the other side: `routeTable.id`. */
function routeTableOf(subnet) {
    const id = (0,sources_values/* str */.gx)((0,sources_values/* record */.g1)(subnet.routeTable).id);
    return id ? (0,instance_key/* azureId */.BQ)(id) : undefined;
}

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/subnets.js






const subnets_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
function prefixes(object, path, context, what) {
    // Older az versions print `addressPrefix: null` next to the addressPrefixes of dual-stack subnets.
    const single = object.addressPrefix !== undefined && object.addressPrefix !== null
        ? [{ value: object.addressPrefix, path: [...path, 'addressPrefix'] }]
        : [];
    const many = (0,sources_values/* list */.p_)(object.addressPrefixes).map((value, i) => ({ value, path: [...path, 'addressPrefixes', i] }));
    return [...single, ...many].map((entry) => context.cidr(entry.value, entry.path, `${what}: address prefix`));
}
/** Also used for the subnets embedded in `az network vnet list`. */
function readSubnet(subnet, path, context) {
    const rawId = (0,sources_values/* str */.gx)(subnet.id);
    if (!rawId)
        context.fail(path, 'subnet without id');
    const id = (0,instance_key/* azureId */.BQ)(rawId);
    context.builder.addSubnet({
        id,
        name: (0,sources_values/* str */.gx)(subnet.name),
        cidrs: prefixes(subnet, path, context, (0,sources_values/* str */.gx)(subnet.name) ?? id),
        networkId: vnetOfSubnet(id),
        securityGroupIds: nsgOf(subnet),
        origin: context.origin(path),
    });
    const table = routeTableOf(subnet);
    if (table)
        context.builder.associate(table, id);
}
const azSubnets = {
    id: 'az-network-vnet-subnet-list',
    producedBy: 'az network vnet subnet list -g RG --vnet-name VNET -o json',
    matches: (value) => isListOf(value, 'type', subnets_TYPE),
    read(value, context) {
        const count = eachOfList(value, 'type', subnets_TYPE, context, (subnet, path) => readSubnet(subnet, path, context));
        context.builder.markPresent('subnets');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/vms.js



const VM_TYPE = 'Microsoft.Compute/virtualMachines';
const VMSS_VM_TYPE = 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines';
function reader(type, producedBy, id) {
    return {
        id,
        producedBy,
        matches: (value) => isListOf(value, 'type', type),
        read(value, context) {
            const count = eachOfList(value, 'type', type, context, (vm, path) => {
                const vmId = (0,sources_values/* str */.gx)(vm.id);
                if (!vmId)
                    context.fail(path, 'virtual machine without id');
                context.builder.addInstance({
                    key: (0,instance_key/* azureInstanceKey */.GH)(vmId),
                    provider: 'azure',
                    id: (0,instance_key/* azureId */.BQ)(vmId),
                    name: (0,sources_values/* str */.gx)(vm.name),
                    tags: Object.keys((0,sources_values/* record */.g1)(vm.tags)),
                    managedBy: type === VMSS_VM_TYPE ? (0,instance_key/* azureId */.BQ)(vmId.replace(/\/virtualMachines\/[^/]+$/i, '')) : undefined,
                    origin: context.origin(path),
                });
            });
            context.builder.markPresent('instances');
            return count;
        },
    };
}
const azVms = reader(VM_TYPE, 'az vm list -o json', 'az-vm-list');
const azVmssVms = reader(VMSS_VM_TYPE, 'az vmss list-instances -g RG -n SCALESET -o json', 'az-vmss-list-instances');

;// CONCATENATED MODULE: ./lib/clouds/azure/dumps/vnets.js




const vnets_TYPE = 'Microsoft.Network/virtualNetworks';
const azVnets = {
    id: 'az-network-vnet-list',
    producedBy: 'az network vnet list -o json',
    matches: (value) => isListOf(value, 'type', vnets_TYPE),
    read(value, context) {
        const count = eachOfList(value, 'type', vnets_TYPE, context, (vnet, path) => {
            const id = (0,sources_values/* str */.gx)(vnet.id);
            if (!id)
                context.fail(path, 'virtual network without id');
            const space = (0,sources_values/* record */.g1)(vnet.addressSpace);
            const cidrs = (0,sources_values/* list */.p_)(space.addressPrefixes).map((prefix, i) => context.cidr(prefix, [...path, 'addressSpace', 'addressPrefixes', i], `${(0,sources_values/* str */.gx)(vnet.name) ?? id}: address space`));
            context.builder.addNetwork({ id: (0,instance_key/* azureId */.BQ)(id), name: (0,sources_values/* str */.gx)(vnet.name), cidrs, origin: context.origin(path) });
            (0,sources_values/* records */.V0)(vnet.subnets).forEach((subnet, i) => readSubnet(subnet, [...path, 'subnets', i], context));
        });
        context.builder.markPresent('networks');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/shared/policy/common.js
const SHOWN_NODES = 5;
const EXEMPTION_NAME = 'hostgw-ip-forwarding';
const EXEMPTION_REASON = 'flannel host-gw routes pod traffic through the nodes: their NICs need IP forwarding';
/** "a, b, c, d, e and 3 more": messages stay one line on 1,000-node clusters. */
function listed(names) {
    const shown = names.slice(0, SHOWN_NODES).join(', ');
    return names.length > SHOWN_NODES ? `${shown} and ${names.length - SHOWN_NODES} more` : shown;
}
function nodesOf(views) {
    return `node${views.length === 1 ? '' : 's'} ${listed(views.map((view) => view.node.name))}`;
}
/** A node whose anti-spoofing check is on now: the forwarding-disabled fix is needed, and would be refused. */
function needsFix(view) {
    return view.interfaces.some((iface) => iface.forwarding === false);
}

;// CONCATENATED MODULE: ./lib/clouds/azure/policy.js






/** Azure Policy: does an enforced deny of NIC IP forwarding cover the nodes? */
/** The resource ids a policy assignment is matched against: the node's NICs, else its VM. */
function azureIds(view) {
    const nics = view.interfaces.filter((iface) => iface.provider === 'azure').map((iface) => iface.id.toLowerCase());
    if (nics.length > 0)
        return nics;
    const ref = (0,instance_key/* parseInstanceKey */.UI)(view.instanceKey);
    return ref?.provider === 'azure' ? [ref.vmId.toLowerCase()] : [];
}
function under(id, scope) {
    return id === scope || id.startsWith(`${scope}/`);
}
/** Management-group (and tenant) assignments in a subscription's listing apply to all of it. */
function covers(assignment, id) {
    const inScope = !assignment.scope.startsWith('/subscriptions/') || under(id, assignment.scope);
    return inScope && !assignment.notScopes.some((excluded) => under(id, excluded));
}
function coveredViews(assignment, views) {
    return views.filter((view) => azureIds(view).some((id) => covers(assignment, id)));
}
/** "/subscriptions/s/resourceGroups/rg" of a resource id, as the exemption's scope. */
function resourceGroupScope(id) {
    const match = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)(\/|$)/i.exec(id);
    return match ? match[1].replace(/\/resourcegroups\//i, '/resourceGroups/') : undefined;
}
function exemptionCommand(assignmentId, scope) {
    const assignment = assignmentId ? (0,names/* named */.KT)('azure-resource-id', assignmentId) : '<policy-assignment-id>';
    const where = scope ? (0,names/* named */.KT)('azure-resource-id', scope) : '<resource-group-id>';
    return (0,shell/* shell */.vf) `az policy exemption create --name ${EXEMPTION_NAME} --policy-assignment ${assignment} --exemption-category Waiver --scope ${where} --description ${EXEMPTION_REASON}`;
}
function azureExemption(assignment, covered) {
    const groups = [
        ...new Set(covered.flatMap((view) => azureIds(view)
            .filter((id) => covers(assignment, id))
            .map((id) => resourceGroupScope(id) ?? id))),
    ].sort();
    return (0,shell/* withCommand */.UE)({
        text: `Exempt the cluster's NICs from assignment "${assignment.name}": a policy exemption (category Waiver) on the nodes' resource group` +
            `${groups.length === 1 ? '' : 's'}, which needs Microsoft.Authorization/policyExemptions/write there. Alternatively add the group to the ` +
            "assignment's notScopes. Without one, forwarding fixes, NIC updates and new nodes are refused.",
    }, (0,shell/* joinShell */.V)(groups.map((group) => exemptionCommand(assignment.id, group)), '\n'));
}
function* azurePolicies(assignments, views) {
    for (const assignment of assignments) {
        if (!assignment.enforced ||
            assignment.initiative ||
            assignment.blocks !== 'forwarding' ||
            assignment.effect !== 'deny')
            continue;
        const covered = coveredViews(assignment, views);
        if (covered.length === 0)
            continue;
        const blocked = covered.filter(needsFix);
        const what = `Azure Policy assignment "${assignment.name}" (${AZURE_NIC_IP_FORWARDING_NAME}, effect deny, scope ${assignment.scope})`;
        yield {
            resource: assignment.id,
            severity: blocked.length > 0 ? undefined : 'warning',
            message: blocked.length > 0
                ? `${what} refuses to turn IP forwarding on: the forwarding-disabled fix for ${nodesOf(blocked)} fails with RequestDisallowedByPolicy, and host-gw needs forwarding on every node's NIC`
                : `${what} covers the NICs of ${nodesOf(covered)}: they forward today, but every update of those NICs and every new node's NIC with IP forwarding on is refused with RequestDisallowedByPolicy, and host-gw needs forwarding on each`,
            remediation: azureExemption(assignment, covered),
            origin: assignment.origin,
        };
    }
}
function setDefinitionCommand(definitionId) {
    const managementGroup = (0,shared_names/* segmentAfter */.k$)(definitionId, 'managementGroups');
    const subscription = (0,shared_names/* segmentAfter */.k$)(definitionId, 'subscriptions');
    const where = managementGroup
        ? (0,shell/* shell */.vf) ` --management-group ${(0,names/* named */.KT)('azure-management-group', managementGroup)}`
        : subscription
            ? (0,shell/* shell */.vf) ` --subscription ${(0,names/* named */.KT)('azure-subscription', subscription)}`
            : (0,shell/* shell */.vf) ``;
    const builtIn = (0,shared_names/* lastSegment */.mp)(AZURE_NIC_IP_FORWARDING_DEFINITION);
    return (0,shell/* shell */.vf) `az policy set-definition show --name ${(0,names/* named */.KT)('azure-name', (0,shared_names/* lastSegment */.mp)(definitionId))}${where} --query ${`policyDefinitions[?ends_with(policyDefinitionId, '${builtIn}')]`}`;
}
/** Initiatives cannot be expanded from the assignment listing: say which ones to look into, and how. */
function* azureInitiatives(assignments, views) {
    const relevant = assignments.filter((assignment) => assignment.enforced && assignment.initiative && coveredViews(assignment, views).length > 0);
    if (relevant.length === 0)
        return;
    const names = relevant.map((assignment) => `"${assignment.name}"`);
    yield {
        key: 'initiatives',
        severity: 'note',
        message: `${relevant.length} policy initiative assignment${relevant.length === 1 ? '' : 's'} (${listed(names)}) cover${relevant.length === 1 ? 's' : ''} the nodes' NICs: ` +
            `an initiative's member policies are not in the assignment listing, so it cannot be told offline whether one includes "${AZURE_NIC_IP_FORWARDING_NAME}" ` +
            `(${(0,shared_names/* lastSegment */.mp)(AZURE_NIC_IP_FORWARDING_DEFINITION)}) with effect deny, which would refuse IP forwarding on the nodes`,
        remediation: (0,shell/* withCommand */.UE)({
            text: `Check each initiative for ${(0,shared_names/* lastSegment */.mp)(AZURE_NIC_IP_FORWARDING_DEFINITION)}; when it is there with effect deny, exempt the nodes' resource group from the assignment (az policy exemption create --policy-definition-reference-ids …).`,
        }, (0,shell/* joinShell */.V)(uniqueCommands(relevant.map((assignment) => setDefinitionCommand(assignment.definitionId))), '\n')),
        origin: relevant[0].origin,
    };
}
/** Several assignments of one initiative need one look at it. */
function uniqueCommands(commands) {
    const seen = new Set();
    return commands.filter((command) => {
        const key = `${command.text}\0${command.problems.join('\0')}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Azure Policy assignments (and initiatives) that deny NIC IP forwarding on the nodes. */
function* azurePolicyFindings(constraints, views) {
    const assignments = constraints.filter((policy) => policy.kind === 'azure-policy-assignment');
    if (assignments.length === 0)
        return;
    yield* azurePolicies(assignments, views);
    yield* azureInitiatives(assignments, views);
}
/** Apply time: Azure Policy refused a change; the way out is an exemption for the nodes' resource group. */
function azureDenialRemediation(denial, step) {
    const scope = step.resource ? (resourceGroupScope(step.resource) ?? step.resource) : undefined;
    return (0,shell/* withCommand */.UE)({
        text: `Exempt ${step.resource ? `${(0,shared_names/* lastSegment */.mp)(step.resource)}'s resource group` : "the nodes' resource group"} from assignment "${denial.name}"` +
            `${denial.id ? '' : ' (its id is in the policy assignment list: az policy assignment list --disable-scope-strict-match)'}, then apply again.`,
    }, exemptionCommand(denial.id, scope));
}

// EXTERNAL MODULE: ./lib/clouds/shared/next-hop.js
var next_hop = __nccwpck_require__(13467);
;// CONCATENATED MODULE: ./lib/clouds/azure/firewall.js




/** Custom NSG rules take priorities 100 to 4096. */
const LOWEST_CUSTOM = 100;
const HIGHEST_CUSTOM = 4096;
function firewall_layout(topology, data) {
    const groups = new Map();
    const unresolved = [];
    for (const view of topology.views) {
        if (view.node.planned || view.node.podCidrs.length === 0)
            continue;
        const iface = data.podInterface(view);
        if (!iface)
            continue;
        const subnetId = iface.subnetId ?? view.subnetId;
        const nicSets = data.setsOfInterface(iface) ?? [];
        const subnetSets = data.setsOfSubnet(subnetId);
        const missing = [...nicSets, ...subnetSets].filter((id) => !data.setById.has(id));
        if (missing.length > 0) {
            unresolved.push({ view, missing });
            continue;
        }
        const nicNsg = nicSets[0];
        const subnetNsg = subnetSets[0];
        const key = `${nicNsg ?? '-'}|${subnetNsg ?? '-'}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { nicNsg, subnetNsg, subnetIds: new Set(), members: [] }));
        if (subnetId)
            group.subnetIds.add(subnetId);
        group.members.push(view);
    }
    const scopes = [...groups.entries()].map(([key, group]) => {
        const parts = [
            group.nicNsg ? `NSG ${(0,shared_names/* lastSegment */.mp)(group.nicNsg)} on the NICs` : '',
            group.subnetNsg
                ? `NSG ${(0,shared_names/* lastSegment */.mp)(group.subnetNsg)} on subnet ${[...group.subnetIds].map(shared_names/* lastSegment */.mp).join(', ')}`
                : '',
        ].filter(Boolean);
        return {
            key,
            label: parts.join(', ') || 'no NSG',
            members: group.members,
            nicNsg: group.nicNsg,
            subnetNsg: group.subnetNsg,
            subnetIds: [...group.subnetIds].sort(),
        };
    });
    return { scopes, unresolved };
}
function stage(nsgId, where, data, direction) {
    const set = data.setById.get(nsgId);
    return {
        key: `nsg:${nsgId}:${direction}`,
        sets: [set],
        side: direction === 'ingress' ? 'destination' : 'source',
        direction,
        rules: data.rulesOf(nsgId, direction),
        fallback: {
            action: 'deny',
            label: `no rule of the NSG allows it (${direction === 'ingress' ? 'DenyAllInBound' : 'DenyAllOutBound'})`,
        },
        label: `NSG ${set.name} on the ${where}`,
    };
}
/** Outbound: NIC NSG, then subnet NSG. Inbound: subnet NSG, then NIC NSG. Both levels must allow. */
function firewall_stages(from, to, data) {
    const source = from;
    const dest = to;
    const result = [];
    if (source.nicNsg)
        result.push(stage(source.nicNsg, 'NICs', data, 'egress'));
    if (source.subnetNsg)
        result.push(stage(source.subnetNsg, 'subnet', data, 'egress'));
    if (dest.subnetNsg)
        result.push(stage(dest.subnetNsg, 'subnet', data, 'ingress'));
    if (dest.nicNsg)
        result.push(stage(dest.nicNsg, 'NICs', data, 'ingress'));
    return result;
}
const vnetRanges = new WeakMap();
/**
 * The `VirtualNetwork` service tag: the VNet address space, and every prefix of a user-defined route. host-gw
 * needs a UDR for each pod CIDR (the route rules check that each exists), so the cluster's pod CIDRs count as
 * part of it: AllowVnetInBound admits pod traffic once the routes are in place.
 */
function resolve(ref, data) {
    if (ref.toLowerCase() !== 'service-tag:virtualnetwork')
        return undefined;
    let ranges = vnetRanges.get(data);
    if (!ranges) {
        const snapshot = data.topology.snapshot;
        ranges = [
            ...snapshot.networks.flatMap((network) => network.cidrs),
            ...snapshot.subnets.flatMap((subnet) => subnet.cidrs),
            ...snapshot.routes.filter((route) => route.provider === 'azure').map((route) => route.dest),
            ...snapshot.clusterCidrs,
            ...snapshot.nodes.flatMap((node) => node.podCidrs),
        ];
        vnetRanges.set(data, ranges);
    }
    return ranges;
}
const PROTOCOL = { tcp: 'Tcp', udp: 'Udp', icmp: 'Icmp' };
function firewall_remedy(block, data) {
    const nsg = block.stage.sets[0];
    const inbound = block.stage.direction === 'ingress';
    const direction = inbound ? 'Inbound' : 'Outbound';
    const group = (0,shared_names/* segmentAfter */.k$)(nsg.id, 'resourcegroups');
    const protocols = (0,common/* protocolList */.jV)(block.protocols);
    const denied = block.deniedBy;
    const shadow = denied && block.shadowed ? `; it shadows ${block.shadowed.name} (${block.shadowed.priority})` : '';
    const before = denied ? `before ${denied.name} (${denied.priority})${shadow}` : 'before the default rules';
    const why = (0,common/* byReference */.vP)(block) ? " Application security groups match the NICs' own addresses, not pod IPs." : '';
    const text = `Add ${direction.toLowerCase()} allow rules for ${protocols} between the pod CIDRs to NSG ${(0,common/* setName */.i)(nsg)}, numbered ${before}.${why}`;
    const used = new Set(data.rulesOf(nsg.id, block.stage.direction).map((rule) => rule.priority));
    const wanted = block.families.flatMap((family) => block.protocols.map((protocol) => ({ family, protocol })));
    const priorities = (0,common/* freePriorities */.ln)(used, Math.min(denied?.priority ?? HIGHEST_CUSTOM + 1, HIGHEST_CUSTOM + 1), wanted.length, LOWEST_CUSTOM);
    if (priorities.length < wanted.length)
        return { text: `${text} There is no free priority below it: renumber the NSG's rules first.` };
    const rules = wanted.map(({ family, protocol }, i) => {
        const { sources, dests } = (0,common/* ends */.rW)(block, data, family);
        return {
            name: `hostgw-pods-${protocol}-${inbound ? 'in' : 'out'}${family === 6 ? '-v6' : ''}`,
            priority: priorities[i],
            direction,
            protocol: PROTOCOL[protocol],
            sourcePrefixes: sources.map((cidr) => cidr.text),
            destinationPrefixes: dests.map((cidr) => cidr.text),
        };
    });
    const words = (values) => (0,shell/* joinShell */.V)(values.map((value) => (0,shell/* shell */.vf) `${value}`), ' ');
    const command = (0,shell/* joinShell */.V)(rules.map((rule) => (0,shell/* joinShell */.V)([
        (0,shell/* shell */.vf) `az network nsg rule create --resource-group ${group ? (0,names/* named */.KT)('azure-resource-group', group) : '<resource-group>'} --nsg-name ${(0,names/* named */.KT)('azure-name', nsg.name)} --name ${rule.name}`,
        (0,shell/* shell */.vf) `--priority ${rule.priority} --direction ${rule.direction} --access Allow --protocol ${rule.protocol}`,
        (0,shell/* shell */.vf) `--source-address-prefixes ${words(rule.sourcePrefixes)} --source-port-ranges '*' --destination-address-prefixes ${words(rule.destinationPrefixes)} --destination-port-ranges '*'`,
    ], ' ')), ' && ');
    const actions = rules.map((rule) => ({ kind: 'azure-nsg-rule-create', nsgId: nsg.id, rule }));
    return (0,shell/* withCommand */.UE)({ text, fix: { actions, scope: 'network', api: 'Microsoft.Network/networkSecurityGroups/securityRules/write' } }, command);
}
const azureFirewall = {
    dumps: 'the output of `az network nsg list -o json`',
    layout: firewall_layout,
    stages: firewall_stages,
    resolve,
    remedy: firewall_remedy,
};

;// CONCATENATED MODULE: ./lib/clouds/azure/profile.js






function scopes(topology) {
    const groups = new Map();
    for (const view of topology.views) {
        if (!view.subnetId)
            continue;
        // A subnet has at most one route table; its routes are all the user-defined routes its VMs see.
        const tableId = topology.tablesBySubnet.get(view.subnetId)?.[0]?.id;
        const key = tableId ?? `no-table:${view.subnetId}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { tableId, subnetIds: new Set(), members: [] }));
        group.subnetIds.add(view.subnetId);
        group.members.push(view);
    }
    return [...groups.entries()].map(([key, group]) => {
        const subnets = [...group.subnetIds].map(shared_names/* lastSegment */.mp).join(', ');
        return {
            key,
            label: group.tableId
                ? `subnet ${subnets} (route table ${(0,shared_names/* lastSegment */.mp)(group.tableId)})`
                : `subnet ${subnets} (no route table)`,
            members: group.members,
            routes: group.tableId ? (topology.routesByTable.get(group.tableId) ?? []) : [],
            subnetIds: [...group.subnetIds],
            tableId: group.tableId,
        };
    });
}
function tableRef(tableId) {
    if (!tableId)
        return (0,shell/* shell */.vf) `--resource-group <resource-group> --route-table-name <route-table>`;
    const group = (0,shared_names/* segmentAfter */.k$)(tableId, 'resourcegroups');
    return (0,shell/* shell */.vf) `--resource-group ${group ? (0,names/* named */.KT)('azure-resource-group', group) : '<resource-group>'} --route-table-name ${(0,names/* named */.KT)('azure-name', (0,shared_names/* lastSegment */.mp)(tableId))}`;
}
/** A resource id from the data, validated, or the placeholder a person fills in. */
function resourceId(id, placeholder) {
    return id ? (0,names/* named */.KT)('azure-resource-id', id) : placeholder;
}
function upsert(tableId, name, addressPrefix, nextHopIp, scope) {
    if (!tableId || !nextHopIp)
        return undefined;
    return {
        actions: [{ kind: 'azure-route-upsert', tableId, name, addressPrefix, nextHopIp }],
        scope,
        api: 'Microsoft.Network/routeTables/routes/write',
    };
}
function hop(ip) {
    return (0,shell/* shell */.vf) `--next-hop-type VirtualAppliance --next-hop-ip-address ${ip ? (0,names/* named */.KT)('ip-address', ip) : (0,shell/* shell */.vf) `<node-ip>`}`;
}
const azure = {
    id: 'azure',
    displayName: 'Azure',
    firewall: azureFirewall,
    policies: azurePolicyFindings,
    dumps: {
        instances: 'the output of `az network nic list -o json`',
        interfaces: 'the output of `az network nic list -o json`',
        routes: 'the output of `az network route-table list -o json`',
        routeTables: 'the output of `az network route-table list -o json`',
        subnets: 'the output of `az network vnet subnet list -o json`',
    },
    forwarding: {
        switchName: 'IP forwarding',
        blockedState: 'IP forwarding is disabled',
        enable(view, iface) {
            const nic = iface?.id;
            return (0,shell/* withCommand */.UE)({
                text: `Enable IP forwarding on network interface ${nic ? (0,shared_names/* lastSegment */.mp)(nic) : `of ${view.node.name}`}.`,
                fix: nic
                    ? {
                        actions: [{ kind: 'azure-nic-ip-forwarding', nicId: nic }],
                        scope: 'node',
                        api: 'Microsoft.Network/networkInterfaces/write',
                    }
                    : undefined,
            }, (0,shell/* shell */.vf) `az network nic update --ids ${resourceId(nic, '<nic-id>')} --ip-forwarding true`);
        },
    },
    routing: {
        limit: { count: 400, per: 'route table', hard: true },
        scopes,
        createRoute(view, cidr, scope) {
            const name = (0,shared_names/* routeName */.xG)(view.node.name, cidr);
            const ip = (0,next_hop/* nextHopIp */.U)(view, cidr);
            return (0,shell/* withCommand */.UE)({
                text: `Add a route for ${cidr.text} with next hop ${view.node.name} to ${scope?.tableId ? `route table ${(0,shared_names/* lastSegment */.mp)(scope.tableId)}` : 'the route table of the node subnets'}.`,
                fix: upsert(scope?.tableId, name, cidr.text, ip, 'node'),
            }, (0,shell/* shell */.vf) `az network route-table route create ${tableRef(scope?.tableId)} --name ${(0,names/* named */.KT)('azure-name', name)} --address-prefix ${cidr.text} ${hop(ip)}`);
        },
        repointRoute(route, view, cidr) {
            const ip = (0,next_hop/* nextHopIp */.U)(view, cidr);
            return (0,shell/* withCommand */.UE)({
                text: `Point route ${route.name} at ${view.node.name}.`,
                fix: upsert(route.tableId, route.name, route.dest.text, ip, 'node'),
            }, (0,shell/* shell */.vf) `az network route-table route update --ids ${(0,names/* named */.KT)('azure-resource-id', route.id)} ${hop(ip)}`);
        },
        deleteRoute(route) {
            return (0,shell/* withCommand */.UE)({
                text: `Delete route ${route.name}.`,
                fix: route.tableId
                    ? {
                        actions: [{ kind: 'azure-route-delete', tableId: route.tableId, name: route.name }],
                        scope: 'prune',
                        api: 'Microsoft.Network/routeTables/routes/delete',
                    }
                    : undefined,
            }, (0,shell/* shell */.vf) `az network route-table route delete --ids ${(0,names/* named */.KT)('azure-resource-id', route.id)}`);
        },
        explainNotApplied(route, scope) {
            const subnet = scope.subnetIds?.[0];
            if (scope.tableId) {
                const ip = route.nextHop.kind === 'ip' ? route.nextHop.ip : undefined;
                return (0,shell/* withCommand */.UE)({
                    why: `route ${route.name} is in route table ${(0,shared_names/* lastSegment */.mp)(route.tableId ?? '?')}, but ${scope.label} uses another table`,
                    text: `Add the route to route table ${(0,shared_names/* lastSegment */.mp)(scope.tableId)} too, or associate the subnet with the table that holds it.`,
                    fix: upsert(scope.tableId, route.name, route.dest.text, ip, 'network'),
                }, (0,shell/* shell */.vf) `az network route-table route create ${tableRef(scope.tableId)} --name ${(0,names/* named */.KT)('azure-name', route.name)} --address-prefix ${route.dest.text} ${hop(ip)}`);
            }
            return (0,shell/* withCommand */.UE)({
                why: `route table ${(0,shared_names/* lastSegment */.mp)(route.tableId ?? '?')} is not associated with ${scope.label}`,
                text: `Associate the route table with the subnet (this affects every VM in the subnet).`,
                fix: subnet && route.tableId
                    ? {
                        actions: (scope.subnetIds ?? []).map((subnetId) => ({ kind: 'azure-subnet-route-table', subnetId, tableId: route.tableId })),
                        scope: 'network',
                        api: 'Microsoft.Network/virtualNetworks/subnets/write',
                    }
                    : undefined,
            }, (0,shell/* shell */.vf) `az network vnet subnet update --ids ${resourceId(subnet, '<subnet-id>')} --route-table ${resourceId(route.tableId, '<route-table-id>')}`);
        },
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/index.js










const azureCloud = {
    profile: azure,
    readers: {
        network: [azNics, azRouteTables, azSubnets, azVnets, azVms, azVmssVms],
        firewall: [azNsgs],
        policy: [azPolicyAssignments],
    },
    terraform: azureTerraform,
    live: async () => (await __nccwpck_require__.e(/* import() */ 290).then(__nccwpck_require__.bind(__nccwpck_require__, 41290))).azureReader,
    applier: async () => (await __nccwpck_require__.e(/* import() */ 626).then(__nccwpck_require__.bind(__nccwpck_require__, 45626))).azureApplier,
    denials: {
        unnamed: { provider: 'azure', kind: 'azure-policy-assignment', name: 'an Azure Policy assignment' },
        remediation: azureDenialRemediation,
    },
};

;// CONCATENATED MODULE: ./lib/clouds/baremetal/profile.js
/** No cloud API to check or call: the rules that apply are subnet membership, pod CIDRs and the backend. */
const baremetal = {
    id: 'baremetal',
    displayName: 'bare metal',
    dumps: { subnets: 'a HostGwInventory with spec.subnets' },
};

;// CONCATENATED MODULE: ./lib/clouds/baremetal/index.js

/** Read from the native inventory: no cloud API to read or call. */
const baremetalCloud = { profile: baremetal, readers: { network: [], firewall: [], policy: [] } };

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/index.js
/** GCE resources of a Terraform plan or state; the mappers load with the first Terraform document. */
const gceTerraform = {
    provider: 'gce',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(187), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63772))).gceMappers,
};

;// CONCATENATED MODULE: ./lib/clouds/gce/dumps/firewall-rules.js




const KIND = 'compute#firewall';
function strings(value) {
    return (0,sources_values/* list */.p_)(value).filter((item) => typeof item === 'string' && item.length > 0);
}
function matchOf(rule, path, context, name) {
    const direction = (0,sources_values/* str */.gx)(rule.direction)?.toUpperCase() === 'EGRESS' ? 'egress' : 'ingress';
    const cidrs = (key) => (0,sources_values/* list */.p_)(rule[key]).map((range, i) => ruleCidr(range, [...path, key, i], context, `firewall rule ${name}: ${key}`));
    const sourceRefs = [
        ...strings(rule.sourceTags).map((tag) => `tag:${tag}`),
        ...strings(rule.sourceServiceAccounts).map((sa) => `sa:${sa}`),
    ];
    let sourceRanges = cidrs('sourceRanges');
    // An ingress rule with no source at all applies to every source (gcloud stores 0.0.0.0/0; the API may not).
    if (direction === 'ingress' && sourceRanges.length === 0 && sourceRefs.length === 0)
        sourceRanges = [...ANY];
    if (direction === 'egress' && sourceRanges.length === 0)
        sourceRanges = [...ANY];
    const destinationRanges = cidrs('destinationRanges');
    const targets = [
        ...strings(rule.targetTags).map((tag) => `tag:${tag}`),
        ...strings(rule.targetServiceAccounts).map((sa) => `sa:${sa}`),
    ];
    return {
        direction,
        sourceRanges,
        sourceRefs: direction === 'ingress' ? sourceRefs : [],
        // Egress rules with no destinationRanges apply to every destination.
        destRanges: destinationRanges.length > 0 ? destinationRanges : direction === 'egress' ? [...ANY] : undefined,
        targets,
    };
}
/** One model rule per `allowed`/`denied` entry, since each entry has its own protocol and ports. */
function addEntries(rule, path, context, name, network) {
    const match = matchOf(rule, path, context, name);
    const id = (0,sources_values/* str */.gx)(rule.selfLink) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(rule.selfLink)) : `${network}/firewalls/${name}`;
    for (const [key, action] of [
        ['allowed', 'allow'],
        ['denied', 'deny'],
    ]) {
        (0,sources_values/* records */.V0)(rule[key]).forEach((entry, i) => {
            const protocol = protocolName(entry.IPProtocol);
            if (!protocol)
                context.fail([...path, key, i, 'IPProtocol'], `firewall rule ${name}: IPProtocol is missing`);
            const ports = (0,sources_values/* list */.p_)(entry.ports).flatMap((port) => {
                const text = portText(port);
                return text ? [text] : [];
            });
            // "tcp:0-65535" next to "tcp:22" still opens every port.
            const every = (0,sources_values/* list */.p_)(entry.ports).length > 0 && ports.length < (0,sources_values/* list */.p_)(entry.ports).length;
            context.builder.addFirewallRule({
                id: `${id}#${key}${i}`,
                name,
                provider: 'gce',
                setId: network,
                direction: match.direction,
                action,
                priority: (0,sources_values/* num */.bu)(rule.priority) ?? 1000,
                protocols: protocol === 'all' ? 'all' : [protocol],
                ports: every ? [] : ports,
                sourceRanges: match.sourceRanges,
                sourceRefs: match.sourceRefs,
                destRanges: match.destRanges,
                targets: match.targets,
                origin: context.origin([...path, key, i]),
            });
        });
    }
}
/** The resource's network becomes a firewall set, enabled or not; its rules only when enabled. */
function readFirewall(rule, path, context) {
    const name = (0,sources_values/* str */.gx)(rule.name);
    if (!name)
        context.fail(path, 'firewall rule without a name');
    const networkUrl = (0,sources_values/* str */.gx)(rule.network);
    if (!networkUrl)
        context.fail([...path, 'network'], `firewall rule ${name}: network is missing`);
    const network = (0,instance_key/* gcePath */.Lp)(networkUrl);
    context.builder.addFirewallSet({
        id: network,
        name: network.split('/').pop() ?? network,
        provider: 'gce',
        kind: 'vpc-firewall',
        networkId: network,
    });
    if (rule.disabled === true)
        return;
    addEntries(rule, path, context, name, network);
}
/**
 * `gcloud compute firewall-rules list --format=json`. A firewall resource with several `allowed`/`denied` entries
 * (tcp:22 and icmp) becomes one model rule per entry, all with the resource's name and priority, since each entry
 * has its own ports. Disabled rules are left out: GCE does not enforce them.
 */
const gcloudFirewallRules = {
    id: 'gcloud-firewall-rules',
    producedBy: 'gcloud compute firewall-rules list --format=json',
    matches: (value) => isListOf(value, 'kind', KIND),
    read(value, context) {
        const count = eachOfList(value, 'kind', KIND, context, (rule, path) => readFirewall(rule, path, context));
        context.builder.markPresent('firewalls');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/dumps/instances.js





const instances_KIND = 'compute#instance';
function serviceAccounts(instance) {
    const emails = [];
    for (const account of (0,sources_values/* records */.V0)(instance.serviceAccounts)) {
        const email = (0,sources_values/* str */.gx)(account.email);
        if (email)
            emails.push(email);
    }
    return emails.length > 0 ? emails : undefined;
}
/** The managed instance group an instance belongs to, from its created-by metadata item. */
function createdBy(instance) {
    for (const item of (0,sources_values/* records */.V0)((0,sources_values/* record */.g1)(instance.metadata).items))
        if (item.key === 'created-by')
            return (0,sources_values/* str */.gx)(item.value);
    return undefined;
}
const gcloudInstances = {
    id: 'gcloud-instances',
    producedBy: 'gcloud compute instances list --format=json',
    matches: (value) => isListOf(value, 'kind', instances_KIND),
    read(value, context) {
        const count = eachOfList(value, 'kind', instances_KIND, context, (instance, path) => {
            const selfLink = (0,sources_values/* str */.gx)(instance.selfLink);
            const key = selfLink ? (0,instance_key/* gceInstanceKeyFromUrl */.rd)(selfLink) : undefined;
            if (!selfLink || !key)
                context.fail(path, 'instance without a selfLink of the form projects/P/zones/Z/instances/N');
            const nics = (0,sources_values/* records */.V0)(instance.networkInterfaces);
            const id = (0,instance_key/* gcePath */.Lp)(selfLink);
            const name = (0,sources_values/* str */.gx)(instance.name);
            context.builder.addInstance({
                key,
                provider: 'gce',
                id,
                name,
                network: nics[0] && (0,sources_values/* str */.gx)(nics[0].network) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(nics[0].network)) : undefined,
                tags: (0,sources_values/* strings */.P$)((0,sources_values/* record */.g1)(instance.tags).items),
                serviceAccounts: serviceAccounts(instance),
                managedBy: createdBy(instance),
                origin: context.origin(path),
            });
            // The API leaves canIpForward out when it is false.
            const forwarding = instance.canIpForward === true;
            for (let i = 0; i < nics.length; i++) {
                const nic = nics[i];
                const v4 = (0,model_cidr/* canonicalIp */.IZ)(nic.networkIP) ??
                    context.ip(nic.networkIP, [...path, 'networkInterfaces', i, 'networkIP'], `${key}: networkIP`);
                const v6 = (0,sources_context/* isAbsent */.W0)(nic.ipv6Address)
                    ? undefined
                    : ((0,model_cidr/* canonicalIp */.IZ)(nic.ipv6Address) ??
                        context.ip(nic.ipv6Address, [...path, 'networkInterfaces', i, 'ipv6Address'], `${key}: ipv6Address`));
                context.builder.addInterface({
                    id: `${id}/${(0,sources_values/* str */.gx)(nic.name) ?? `nic${i}`}`,
                    name: `${name ?? key}/${(0,sources_values/* str */.gx)(nic.name) ?? `nic${i}`}`,
                    provider: 'gce',
                    instanceKey: key,
                    ips: v6 ? [v4, v6] : [v4],
                    subnetId: (0,sources_values/* str */.gx)(nic.subnetwork) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(nic.subnetwork)) : undefined,
                    networkId: (0,sources_values/* str */.gx)(nic.network) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(nic.network)) : undefined,
                    forwarding,
                    origin: context.origin(instance.canIpForward === undefined ? path : [...path, 'canIpForward']),
                }, true);
            }
        });
        context.builder.markPresent('instances');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/dumps/org-policy.js


/** v2 (`gcloud org-policies describe`): "projects/P/policies/compute.vmCanIpForward". */
const V2_NAME = /^(projects|folders|organizations)\/([^/]+)\/policies\/([^/]+)$/;
function org_policy_strings(value) {
    return (0,sources_values/* list */.p_)(value).filter((item) => typeof item === 'string' && item.length > 0);
}
/** v1 `listPolicy` is one rule: allValues ALLOW/DENY, or lists of allowed and denied values. */
function v1Rules(policy) {
    if (!(0,sources_values/* isRecord */.u4)(policy.listPolicy))
        return [];
    const listPolicy = policy.listPolicy;
    const all = (0,sources_values/* str */.gx)(listPolicy.allValues);
    const rule = {
        allowAll: all === 'ALLOW' || undefined,
        denyAll: all === 'DENY' || undefined,
        allowedValues: org_policy_strings(listPolicy.allowedValues),
        deniedValues: org_policy_strings(listPolicy.deniedValues),
    };
    return rule.allowAll || rule.denyAll || rule.allowedValues.length > 0 || rule.deniedValues.length > 0 ? [rule] : [];
}
function v2Rules(policy, path, context) {
    const spec = (0,sources_values/* record */.g1)(policy.spec);
    if (spec.reset === true)
        return [];
    return (0,sources_values/* records */.V0)(spec.rules).map((rule, i) => {
        const condition = (0,sources_values/* record */.g1)(rule.condition);
        if (rule.condition !== undefined && !(0,sources_values/* isRecord */.u4)(rule.condition))
            context.fail([...path, 'spec', 'rules', i, 'condition'], 'rule condition is not an object');
        return {
            allowAll: rule.allowAll === true || undefined,
            denyAll: rule.denyAll === true || undefined,
            allowedValues: org_policy_strings((0,sources_values/* record */.g1)(rule.values).allowedValues),
            deniedValues: org_policy_strings((0,sources_values/* record */.g1)(rule.values).deniedValues),
            condition: (0,sources_values/* str */.gx)(condition.expression),
        };
    });
}
/**
 * The effective organisation policy of a project, in either gcloud's v2 shape
 * (`gcloud org-policies describe CONSTRAINT --effective --project P --format=json`: name, spec.rules[]) or the older
 * Resource Manager v1 shape (`gcloud resource-manager org-policies describe CONSTRAINT --effective --project P
 * --format=json`: constraint, listPolicy / booleanPolicy). Only compute.vmCanIpForward can forbid a host-gw fix;
 * other constraints are read and left alone.
 */
const gcloudOrgPolicy = {
    id: 'gcloud-org-policy',
    producedBy: 'gcloud org-policies describe compute.vmCanIpForward --effective --project P --format=json (or gcloud resource-manager org-policies describe …)',
    matches: (value) => (0,sources_values/* isRecord */.u4)(value) &&
        value.kind === undefined &&
        value.apiVersion === undefined &&
        ((typeof value.constraint === 'string' && value.constraint.startsWith('constraints/')) ||
            (typeof value.name === 'string' &&
                V2_NAME.test(value.name) &&
                (value.spec === undefined || (0,sources_values/* isRecord */.u4)(value.spec)))),
    read(value, context) {
        const policy = (0,sources_values/* record */.g1)(value);
        const v2 = typeof policy.name === 'string' ? V2_NAME.exec(policy.name) : null;
        const constraint = v2 ? `constraints/${v2[3]}` : (0,sources_values/* str */.gx)(policy.constraint);
        const rules = v2 ? v2Rules(policy, [], context) : v1Rules(policy);
        const relevant = constraint === GCP_VM_CAN_IP_FORWARD;
        context.builder.addPolicy({
            kind: 'gcp-org-policy',
            provider: 'gce',
            // v1 output does not name the project: the file tells two projects' policies apart.
            id: v2 ? policy.name : `${context.source.file}#${context.doc}:${constraint}`,
            name: constraint,
            constraint,
            project: v2?.[1] === 'projects' ? v2[2] : undefined,
            rules,
            effect: relevant ? 'deny' : 'unknown',
            blocks: relevant ? 'forwarding' : undefined,
            origin: context.origin(v2
                ? policy.spec !== undefined
                    ? ['spec']
                    : ['name']
                : policy.listPolicy !== undefined
                    ? ['listPolicy']
                    : ['constraint']),
        });
        return 1;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/dumps/routes.js




const routes_KIND = 'compute#route';
const OTHER_NEXT_HOPS = [
    'nextHopGateway',
    'nextHopNetwork',
    'nextHopPeering',
    'nextHopIlb',
    'nextHopVpnTunnel',
    'nextHopHub',
    'nextHopInterconnectAttachment',
];
function instanceHop(url) {
    const key = (0,instance_key/* gceInstanceKeyFromUrl */.rd)(url);
    return key ? { kind: 'instance', instanceKey: key, text: `instance ${(0,instance_key/* gcePath */.Lp)(url)}` } : undefined;
}
function nextHopOf(route, path, context) {
    const instance = (0,sources_values/* str */.gx)(route.nextHopInstance);
    if (instance) {
        return (instanceHop(instance) ??
            context.fail([...path, 'nextHopInstance'], `route ${(0,sources_values/* str */.gx)(route.name)}: nextHopInstance is not an instance URL`));
    }
    if (route.nextHopIp !== undefined) {
        const ip = (0,model_cidr/* canonicalIp */.IZ)(route.nextHopIp) ??
            context.ip(route.nextHopIp, [...path, 'nextHopIp'], `route ${(0,sources_values/* str */.gx)(route.name)}: nextHopIp`);
        return { kind: 'ip', ip, text: `IP ${ip}` };
    }
    const other = OTHER_NEXT_HOPS.find((key) => route[key] !== undefined);
    return {
        kind: 'other',
        text: other ? `${other.replace(/^nextHop/, '').toLowerCase()} ${(0,instance_key/* gcePath */.Lp)(String(route[other]))}` : 'none',
    };
}
const gcloudRoutes = {
    id: 'gcloud-routes',
    producedBy: 'gcloud compute routes list --format=json',
    matches: (value) => isListOf(value, 'kind', routes_KIND),
    read(value, context) {
        const count = eachOfList(value, 'kind', routes_KIND, context, (route, path) => {
            const name = (0,sources_values/* str */.gx)(route.name);
            if (!name)
                context.fail(path, 'route without a name');
            const nextHop = nextHopOf(route, path, context);
            context.builder.addRoute({
                id: (0,sources_values/* str */.gx)(route.selfLink) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(route.selfLink)) : name,
                name,
                provider: 'gce',
                dest: (0,model_cidr/* parseCidr */.GN)(route.destRange) ??
                    context.cidr(route.destRange, [...path, 'destRange'], `route ${name}: destRange`),
                nextHop,
                priority: (0,sources_values/* num */.bu)(route.priority) ?? 1000,
                network: (0,sources_values/* str */.gx)(route.network) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(route.network)) : undefined,
                tags: (0,sources_values/* strings */.P$)(route.tags),
                // Subnet routes, peering routes and the default internet route are created by GCE itself.
                system: route.nextHopNetwork !== undefined ||
                    route.nextHopPeering !== undefined ||
                    (name.startsWith('default-route-') && nextHop.kind === 'other'),
                origin: context.origin(path),
            });
        });
        context.builder.markPresent('routes');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/dumps/subnetworks.js



const subnetworks_KIND = 'compute#subnetwork';
const gcloudSubnetworks = {
    id: 'gcloud-subnetworks',
    producedBy: 'gcloud compute networks subnets list --format=json',
    matches: (value) => isListOf(value, 'kind', subnetworks_KIND),
    read(value, context) {
        const count = eachOfList(value, 'kind', subnetworks_KIND, context, (subnet, path) => {
            const id = (0,sources_values/* str */.gx)(subnet.selfLink) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(subnet.selfLink)) : (0,sources_values/* str */.gx)(subnet.name);
            if (!id)
                context.fail(path, 'subnetwork without selfLink or name');
            const cidrs = [context.cidr(subnet.ipCidrRange, [...path, 'ipCidrRange'], `${id}: ipCidrRange`)];
            for (const key of ['ipv6CidrRange', 'internalIpv6Prefix', 'externalIpv6Prefix']) {
                const v6 = context.optionalCidr(subnet[key], [...path, key], `${id}: ${key}`);
                if (v6)
                    cidrs.push(v6);
            }
            context.builder.addSubnet({
                id,
                name: (0,sources_values/* str */.gx)(subnet.name),
                cidrs,
                networkId: (0,sources_values/* str */.gx)(subnet.network) ? (0,instance_key/* gcePath */.Lp)((0,sources_values/* str */.gx)(subnet.network)) : undefined,
                origin: context.origin(path),
            });
        });
        context.builder.markPresent('subnets');
        return count;
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/policy.js





function gceTarget(view) {
    const ref = (0,instance_key/* parseInstanceKey */.UI)(view.instanceKey);
    return ref?.provider === 'gce'
        ? { view, project: ref.project, rest: `zones/${ref.zone}/instances/${ref.name}` }
        : undefined;
}
function instancePath(target) {
    return `projects/${target.project}/${target.rest}`;
}
/**
 * Values are instance paths (`projects/P/zones/Z/instances/N`, optionally `is:`) or subtrees (`under:projects/P`,
 * `under:folders/F`, `under:organizations/O`). Which folder or organisation a project sits in is not in any dump.
 */
function valueMatches(raw, target, projects) {
    const value = raw.replace(/^is:/, '');
    if (value.startsWith('under:')) {
        const subtree = value.slice('under:'.length).replace(/\/+$/, '');
        if (/^(folders|organizations)\//.test(subtree))
            return 'maybe';
        const match = /^projects\/([^/]+)(\/.*)?$/.exec(subtree);
        if (!match || !projects.has(match[1]))
            return 'no';
        return !match[2] || `/${target.rest}`.startsWith(match[2]) ? 'yes' : 'no';
    }
    const match = /^projects\/([^/]+)\/(zones\/[^/]+\/instances\/[^/]+)$/.exec(value);
    return match && projects.has(match[1]) && match[2] === target.rest ? 'yes' : 'no';
}
/** A list policy's answer for one instance: allowed and denied values merge across rules, and a denial wins. */
function verdict(policy, target) {
    const projects = new Set([target.project, ...(policy.project ? [policy.project] : [])]);
    const unconditional = policy.rules.filter((rule) => !rule.condition);
    const conditional = policy.rules.filter((rule) => rule.condition);
    let allowed = false;
    let maybeAllowed = false;
    let maybeDenied = false;
    let restricted = false;
    let denied = false;
    for (const rule of unconditional) {
        if (rule.denyAll)
            denied = true;
        if (rule.allowAll)
            allowed = true;
        for (const value of rule.deniedValues) {
            const match = valueMatches(value, target, projects);
            if (match === 'yes')
                denied = true;
            else if (match === 'maybe')
                maybeDenied = true;
        }
        if (rule.allowedValues.length > 0)
            restricted = true;
        for (const value of rule.allowedValues) {
            const match = valueMatches(value, target, projects);
            if (match === 'yes')
                allowed = true;
            else if (match === 'maybe')
                maybeAllowed = true;
        }
    }
    let result;
    if (denied)
        result = 'denied';
    else if (maybeDenied)
        result = 'unknown';
    else if (allowed)
        result = 'allowed';
    else if (restricted)
        result = maybeAllowed ? 'unknown' : 'denied';
    else
        result = 'allowed';
    // Rules with a tag condition apply to some resources only: they can turn either answer around.
    if (conditional.length > 0 &&
        (result !== 'allowed' || conditional.some((rule) => rule.denyAll || rule.deniedValues.length > 0)))
        return 'unknown';
    return result;
}
function appliesTo(policy, target) {
    // A project number cannot be matched to the providerIDs' project ids offline: the dump is taken to be theirs.
    return !policy.project || /^\d+$/.test(policy.project) || policy.project === target.project;
}
/**
 * A here-document of the policy, then the call that sets it. The values become lines of the document: each is
 * validated as a resource path, so none can end the document early or add YAML of its own.
 */
function setPolicyCommand(policy, project, allowed) {
    const keep = policy ? policy.rules.filter((rule) => !rule.condition).flatMap((rule) => rule.allowedValues) : [];
    const values = [...new Set([...keep, ...allowed])];
    const owner = policy?.project ?? project;
    return (0,shell/* joinShell */.V)([
        (0,shell/* shell */.vf) `cat > vmCanIpForward.yaml <<'EOF'`,
        (0,shell/* shell */.vf) `name: projects/${owner === '<project>' ? (0,shell/* shell */.vf) `<project>` : (0,names/* named */.KT)('gce-project', owner)}/policies/compute.vmCanIpForward`,
        (0,shell/* shell */.vf) `spec:`,
        (0,shell/* shell */.vf) `  rules:`,
        (0,shell/* shell */.vf) `  - values:`,
        (0,shell/* shell */.vf) `      allowedValues:`,
        ...values.map((value) => (0,shell/* shell */.vf) `      - ${(0,names/* named */.KT)('gce-policy-value', value)}`),
        (0,shell/* shell */.vf) `EOF`,
        (0,shell/* shell */.vf) `gcloud org-policies set-policy vmCanIpForward.yaml`,
    ], '\n');
}
function gcpRemediation(policy, project, instances) {
    return (0,shell/* withCommand */.UE)({
        text: `Allow IP forwarding for the node instances in project ${project}'s policy for ${GCP_VM_CAN_IP_FORWARD} (needs roles/orgpolicy.policyAdmin): ` +
            `list them as allowed values (the command keeps the values allowed today), or allow under:projects/${project} for the whole project, ` +
            'or add a rule with a condition on a resource-manager tag the node instances (and their instance template) carry, so nodes created later are allowed too.',
    }, setPolicyCommand(policy, project, instances));
}
function* gcpPolicies(policies, views) {
    const targets = views.map(gceTarget).filter((target) => target !== undefined);
    for (const policy of policies) {
        if (policy.blocks !== 'forwarding' || policy.effect !== 'deny')
            continue;
        const mine = targets.filter((target) => appliesTo(policy, target));
        const denied = mine.filter((target) => verdict(policy, target) === 'denied');
        const unknown = mine.filter((target) => verdict(policy, target) === 'unknown');
        // The policy may name the project by number; the providerIDs name it by id, which reads better.
        const numbered = policy.project !== undefined && /^\d+$/.test(policy.project);
        const project = (numbered ? mine[0]?.project : policy.project) ?? mine[0]?.project ?? policy.project ?? '<project>';
        const what = `the organisation policy ${GCP_VM_CAN_IP_FORWARD} (effective for project ${project}${numbered && project !== policy.project ? `, number ${policy.project}` : ''})`;
        if (denied.length > 0) {
            const blocked = denied.filter((target) => needsFix(target.view));
            yield {
                resource: policy.id,
                severity: blocked.length > 0 ? undefined : 'warning',
                message: blocked.length > 0
                    ? `${what} does not allow IP forwarding on ${nodesOf(blocked.map((target) => target.view))}: the forwarding-disabled fix (instances.update with canIpForward) fails with 412 conditionNotMet`
                    : `${what} does not allow IP forwarding on ${nodesOf(denied.map((target) => target.view))}: they forward today, but a node re-created with canIpForward (an upgrade, a managed instance group scale-out) is refused with 412 conditionNotMet`,
                remediation: gcpRemediation(policy, project, denied.map(instancePath)),
                origin: policy.origin,
            };
        }
        else if (unknown.length > 0) {
            yield {
                resource: policy.id,
                severity: 'note',
                message: `${what} may not allow IP forwarding on ${nodesOf(unknown.map((target) => target.view))}: it names folders or organisations (under:) or has tag conditions, which the dump cannot resolve`,
                remediation: gcpRemediation(policy, project, unknown.map(instancePath)),
                origin: policy.origin,
            };
        }
    }
}
/** The organisation policy constraints/compute.vmCanIpForward, where it forbids the node instances. */
function* gcpPolicyFindings(constraints, views) {
    const policies = constraints.filter((policy) => policy.kind === 'gcp-org-policy');
    if (policies.length > 0)
        yield* gcpPolicies(policies, views);
}
/** Apply time: an organisation policy refused a change; canIpForward's constraint gets its exact fix. */
function gcpDenialRemediation(denial, step) {
    const instance = /^(projects\/([^/]+)\/zones\/[^/]+\/instances\/[^/]+)/.exec(step.resource ?? '');
    const project = denial.project ?? instance?.[2] ?? '<project>';
    if (denial.name === GCP_VM_CAN_IP_FORWARD && instance) {
        const remediation = gcpRemediation(undefined, project, [instance[1]]);
        // The project goes into a command inside the text: a person copies it like any other.
        const describe = (0,names/* nameProblem */.rH)('gce-project', project)
            ? ''
            : ` (gcloud org-policies describe compute.vmCanIpForward --effective --project ${project})`;
        return {
            ...remediation,
            text: `${remediation.text} Add the values the project allows today${describe} before setting it.`,
        };
    }
    return (0,shell/* withCommand */.UE)({
        text: `Ask for an exception to ${denial.name} for project ${project} (or for the node instances), then apply again.`,
    }, (0,shell/* shell */.vf) `gcloud org-policies describe ${(0,names/* named */.KT)('gce-constraint', denial.name.replace(/^constraints\//, ''))} --effective --project ${project === '<project>' ? project : (0,names/* named */.KT)('gce-project', project)}`);
}

// EXTERNAL MODULE: ./lib/model/order.js
var order = __nccwpck_require__(4209);
;// CONCATENATED MODULE: ./lib/clouds/gce/firewall.js





/** The priority of the implied rules every VPC network has: allow all egress, deny all ingress. */
const IMPLIED = 65535;
/** Tags and service accounts some rule of the network targets: only these can change which rules a VM gets. */
function targeted(data, network) {
    const tags = new Set();
    const accounts = new Set();
    for (const direction of ['ingress', 'egress']) {
        for (const rule of data.rulesOf(network, direction)) {
            for (const target of rule.targets) {
                if (target.startsWith('tag:'))
                    tags.add(target.slice(4));
                else if (target.startsWith('sa:'))
                    accounts.add(target.slice(3));
            }
        }
    }
    return { tags, accounts };
}
function gce_firewall_layout(topology, data) {
    const relevant = new Map();
    const groups = new Map();
    const unresolved = [];
    for (const view of topology.views) {
        if (view.node.planned || view.node.podCidrs.length === 0)
            continue;
        const network = view.instance?.network;
        // Without its instance a node has no network: route checks report that already.
        if (!network)
            continue;
        if (!data.setById.has(network)) {
            unresolved.push({ view, missing: [network] });
            continue;
        }
        let targets = relevant.get(network);
        if (!targets)
            relevant.set(network, (targets = targeted(data, network)));
        const tags = [...new Set(view.instance.tags.filter((tag) => targets.tags.has(tag)))].sort();
        const accounts = [
            ...new Set((view.instance.serviceAccounts ?? []).filter((account) => targets.accounts.has(account))),
        ].sort();
        const key = `${network}|${tags.join(',')}|${accounts.join(',')}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { network, tags, accounts, members: [] }));
        group.members.push(view);
    }
    const scopes = [...groups.entries()].map(([key, group]) => {
        const who = [
            group.tags.length ? `tags [${group.tags.join(', ')}]` : '',
            group.accounts.length ? `service account ${group.accounts.join(', ')}` : '',
        ]
            .filter(Boolean)
            .join(' and ');
        return {
            key,
            label: `network ${(0,shared_names/* lastSegment */.mp)(group.network)}${who ? ` with ${who}` : ''}`,
            members: group.members,
            network: group.network,
            tags: group.tags,
            serviceAccounts: group.accounts,
        };
    });
    return { scopes, unresolved };
}
function firewall_stage(scope, data, direction) {
    const network = scope.network;
    const applies = (target) => target.startsWith('tag:')
        ? scope.tags.includes(target.slice(4))
        : scope.serviceAccounts.includes(target.slice(3));
    return {
        key: `gce:${scope.key}:${direction}`,
        sets: [data.setById.get(network)],
        side: direction === 'ingress' ? 'destination' : 'source',
        direction,
        rules: data.rulesOf(network, direction).filter((rule) => rule.targets.length === 0 || rule.targets.some(applies)),
        fallback: direction === 'ingress'
            ? { action: 'deny', label: `the implied deny-all ingress rule (priority ${IMPLIED})` }
            : { action: 'allow', label: `the implied allow-all egress rule (priority ${IMPLIED})` },
        label: `the firewall rules of network ${(0,shared_names/* lastSegment */.mp)(network)}`,
    };
}
function gce_firewall_stages(from, to, data) {
    // Nodes on different networks cannot use host-gw at all; the route rules say so.
    if (from.network !== to.network)
        return [];
    return [firewall_stage(from, data, 'egress'), firewall_stage(to, data, 'ingress')];
}
/**
 * The narrowest target all blocked nodes share: the common tag the fewest instances carry (a pool tag rather than
 * a cluster-wide one), else a common service account, else none (every instance of the network).
 */
function target(nodes, data) {
    const common = (lists) => lists.reduce((acc, list) => acc.filter((item) => list.includes(item)), [...(lists[0] ?? [])]);
    const holders = (tag) => data.topology.snapshot.instances.filter((instance) => instance.tags.includes(tag)).length;
    const tags = common(nodes.map((view) => view.instance?.tags ?? [])).sort((a, b) => holders(a) - holders(b) || (0,order/* compareText */.n)(a, b));
    const tag = tags[0];
    if (tag)
        return {
            targetTags: [tag],
            text: `target-tags ${tag}`,
            flag: (0,shell/* shell */.vf) `--target-tags ${(0,names/* named */.KT)('gce-network-tag', tag)}`,
        };
    const account = common(nodes.map((view) => view.instance?.serviceAccounts ?? []))[0];
    if (account)
        return {
            targetServiceAccounts: [account],
            text: `target-service-accounts ${account}`,
            flag: (0,shell/* shell */.vf) `--target-service-accounts ${(0,names/* named */.KT)('gce-service-account', account)}`,
        };
    return { text: '' };
}
function ruleName(network, targetName, egress, family) {
    const base = `hostgw-pods-${(0,shared_names/* lastSegment */.mp)(network)}-${targetName ?? 'all'}${egress ? '-egress' : ''}`
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
    const suffix = family === 6 ? '-v6' : '';
    return `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
}
function gce_firewall_remedy(block, data) {
    const network = block.local.network;
    const projectId = (0,shared_names/* segmentAfter */.k$)(network, 'projects');
    const project = projectId ?? '<project>';
    const egress = block.stage.direction === 'egress';
    const denied = block.deniedBy;
    const priority = denied ? denied.priority - 1 : 1000;
    const where = target(block.localNodes, data);
    const protocols = (0,common/* protocolList */.jV)(block.protocols);
    if (priority < 0) {
        return {
            text: `Rule ${denied.name} denies the pod traffic at priority 0, so no allow rule can come before it: narrow or delete it, then allow ${protocols} from the pod CIDRs.`,
        };
    }
    const text = `Create an ${egress ? 'egress' : 'ingress'} rule on network ${(0,shared_names/* lastSegment */.mp)(network)} allowing ${protocols} ${egress ? 'to' : 'from'} the pod CIDRs` +
        `${where.text ? `, targeting the nodes (${where.text})` : ' for every instance of the network (the nodes share no tag or service account)'}` +
        `${denied ? `, at priority ${priority} so it comes before ${denied.name} (${denied.priority}): at equal priority a deny wins` : ''}. Source tags and service accounts never match pod IPs.`;
    const rules = block.families.map((family) => {
        const { sources, dests } = (0,common/* ends */.rW)(block, data, family);
        return {
            project,
            name: ruleName(network, where.targetTags?.[0] ?? where.targetServiceAccounts?.[0]?.split('@')[0], egress, family),
            network,
            direction: egress ? 'EGRESS' : 'INGRESS',
            priority,
            sourceRanges: egress ? undefined : sources.map((cidr) => cidr.text),
            destinationRanges: egress ? dests.map((cidr) => cidr.text) : undefined,
            targetTags: where.targetTags,
            targetServiceAccounts: where.targetServiceAccounts,
            // ICMPv6 is protocol 58 in GCE firewall rules.
            allowed: block.protocols.map((protocol) => (protocol === 'icmp' && family === 6 ? '58' : protocol)),
        };
    });
    const command = (0,shell/* joinShell */.V)(rules.map((rule) => (0,shell/* joinShell */.V)([
        (0,shell/* shell */.vf) `gcloud compute firewall-rules create ${(0,names/* named */.KT)('gce-firewall-rule', rule.name)} --project ${projectId ? (0,names/* named */.KT)('gce-project', projectId) : project} --network ${(0,names/* named */.KT)('gce-network', (0,shared_names/* lastSegment */.mp)(network))} --direction ${rule.direction} --priority ${rule.priority}`,
        rule.sourceRanges
            ? (0,shell/* shell */.vf) `--source-ranges ${rule.sourceRanges.join(',')}`
            : (0,shell/* shell */.vf) `--destination-ranges ${rule.destinationRanges.join(',')}`,
        ...(where.flag ? [where.flag] : []),
        (0,shell/* shell */.vf) `--allow ${rule.allowed.join(',')}`,
    ], ' ')), ' && ');
    const actions = rules.map((rule) => ({ kind: 'gce-firewall-insert', rule }));
    return (0,shell/* withCommand */.UE)({ text, fix: { actions, scope: 'network', api: 'compute.firewalls.insert' } }, command);
}
const gceFirewall = {
    dumps: 'the output of `gcloud compute firewall-rules list --format=json`',
    layout: gce_firewall_layout,
    stages: gce_firewall_stages,
    remedy: gce_firewall_remedy,
};

;// CONCATENATED MODULE: ./lib/clouds/gce/profile.js







function project(path) {
    return (path && (0,shared_names/* segmentAfter */.k$)(path, 'projects')) ?? '<project>';
}
function instanceRef(view) {
    const key = (0,instance_key/* parseInstanceKey */.UI)(view.instanceKey);
    const id = view.instance?.id ?? (key?.provider === 'gce' ? (0,instance_key/* gceInstancePath */.Y2)(key) : undefined);
    if (!id)
        return undefined;
    const zone = (0,shared_names/* segmentAfter */.k$)(id, 'zones');
    return zone ? { name: (0,shared_names/* lastSegment */.mp)(id), zone, project: project(id) } : undefined;
}
function profile_scopes(topology) {
    // Only tags that some route is limited to can change what a node sees; other tags would just split groups.
    const routeTags = new Set();
    for (const route of topology.snapshot.routes)
        if (route.tags.length > 0)
            for (const tag of route.tags)
                routeTags.add(tag);
    const groups = new Map();
    for (const view of topology.views) {
        const network = view.instance?.network;
        if (!network)
            continue;
        const tags = routeTags.size === 0 ? [] : [...new Set(view.instance.tags.filter((tag) => routeTags.has(tag)))].sort();
        const key = `${network}|${tags.join(',')}`;
        const group = groups.get(key);
        if (group)
            group.members.push(view);
        else
            groups.set(key, { network, tags, members: [view] });
    }
    return [...groups.entries()].map(([key, group]) => ({
        key,
        label: `network ${(0,shared_names/* lastSegment */.mp)(group.network)}${group.tags.length ? ` with tags [${group.tags.join(', ')}]` : ''}`,
        members: group.members,
        routes: topology.snapshot.routes.filter((route) => route.network === group.network &&
            (route.tags.length === 0 || route.tags.some((tag) => group.tags.includes(tag)))),
        network: group.network,
        tags: group.tags,
    }));
}
/** A route to a node: by instance when it is known (survives IP changes), else by the node's address. */
function routeSpec(name, view, destRange, network, ip) {
    const ref = instanceRef(view);
    return {
        project: ref?.project ?? project(network),
        name,
        network: network ?? '<network>',
        destRange,
        nextHopInstance: ref ? `projects/${ref.project}/zones/${ref.zone}/instances/${ref.name}` : undefined,
        nextHopIp: ref ? undefined : (ip ?? '<node-ip>'),
        priority: 1000,
    };
}
/** What the specs hold where the data did not say: a person fills them in. */
const PLACEHOLDERS = new Set(['<project>', '<zone>', '<network>', '<node-ip>', '<tag>']);
/** A name for a command: validated, or the placeholder itself (quoted like any other string). */
function gceName(kind, value) {
    return PLACEHOLDERS.has(value) ? value : (0,names/* named */.KT)(kind, value);
}
function createCommand(route) {
    const hop = route.nextHopInstance
        ? (0,shell/* shell */.vf) `--next-hop-instance ${gceName('gce-instance', (0,shared_names/* lastSegment */.mp)(route.nextHopInstance))} --next-hop-instance-zone ${gceName('gce-zone', (0,shared_names/* segmentAfter */.k$)(route.nextHopInstance, 'zones') ?? '<zone>')}`
        : (0,shell/* shell */.vf) `--next-hop-address ${route.nextHopIp && route.nextHopIp !== '<node-ip>' ? (0,names/* named */.KT)('ip-address', route.nextHopIp) : (0,shell/* shell */.vf) `<node-ip>`}`;
    return (0,shell/* shell */.vf) `gcloud compute routes create ${gceName('gce-route', route.name)} --project ${gceName('gce-project', route.project)} --network ${gceName('gce-network', (0,shared_names/* lastSegment */.mp)(route.network))} --destination-range ${route.destRange} ${hop} --priority ${route.priority}`;
}
function addTags(view, tag) {
    const ref = instanceRef(view);
    return {
        command: (0,shell/* shell */.vf) `gcloud compute instances add-tags ${gceName('gce-instance', ref?.name ?? view.node.name)} --project ${gceName('gce-project', ref?.project ?? '<project>')} --zone ${gceName('gce-zone', ref?.zone ?? '<zone>')} --tags ${gceName('gce-network-tag', tag)}`,
        action: ref
            ? { kind: 'gce-add-tags', project: ref.project, zone: ref.zone, instance: ref.name, tags: [tag] }
            : undefined,
    };
}
function deleteCommand(route) {
    return (0,shell/* shell */.vf) `gcloud compute routes delete ${gceName('gce-route', route.name)} --project ${gceName('gce-project', project(route.id))} --quiet`;
}
const gce = {
    id: 'gce',
    displayName: 'GCE',
    firewall: gceFirewall,
    policies: gcpPolicyFindings,
    dumps: {
        instances: 'the output of `gcloud compute instances list --format=json`',
        routes: 'the output of `gcloud compute routes list --format=json`',
        subnets: 'the output of `gcloud compute networks subnets list --format=json`',
    },
    forwarding: {
        switchName: 'canIpForward',
        blockedState: 'canIpForward is false',
        enable(view) {
            const ref = instanceRef(view);
            const name = ref?.name ?? view.node.name;
            const instance = gceName('gce-instance', name);
            const flags = (0,shell/* shell */.vf) `--project ${gceName('gce-project', ref?.project ?? '<project>')} --zone ${gceName('gce-zone', ref?.zone ?? '<zone>')}`;
            // The instance name is validated (RFC 1035), so the file name built from it is one plain word.
            const file = (0,shell/* shell */.vf) `${instance}.yaml`;
            const group = view.instance?.managedBy;
            const template = group
                ? ` The instance belongs to ${(0,shared_names/* lastSegment */.mp)(group)}: set canIpForward on its instance template too (create a new template with --can-ip-forward and roll the group), or its next instance comes up broken.`
                : '';
            return (0,shell/* withCommand */.UE)({
                text: `Enable IP forwarding (canIpForward) on instance ${name}; the change restarts the VM.${template}`,
                fix: ref
                    ? {
                        actions: [
                            { kind: 'gce-can-ip-forward', project: ref.project, zone: ref.zone, instance: ref.name, group },
                        ],
                        scope: 'node',
                        api: 'compute.instances.get + compute.instances.update',
                    }
                    : undefined,
            }, (0,shell/* joinShell */.V)([
                (0,shell/* shell */.vf) `gcloud compute instances export ${instance} ${flags} --destination=${file}`,
                (0,shell/* shell */.vf) `{ grep -q '^canIpForward:' ${file} && sed -i 's/^canIpForward: .*/canIpForward: true/' ${file} || echo 'canIpForward: true' >> ${file}; }`,
                (0,shell/* shell */.vf) `gcloud compute instances update-from-file ${instance} ${flags} --source=${file} --most-disruptive-allowed-action=RESTART`,
            ], ' && '));
        },
    },
    routing: {
        limit: { count: 250, per: 'project', hard: false },
        scopes: profile_scopes,
        createRoute(view, cidr, scope) {
            const network = scope?.network ?? view.instance?.network;
            const spec = routeSpec((0,shared_names/* routeName */.xG)(view.node.name, cidr), view, cidr.text, network, (0,next_hop/* nextHopIp */.U)(view, cidr));
            return (0,shell/* withCommand */.UE)({
                text: `Create a route for ${cidr.text} with node ${view.node.name} as next hop on network ${network ? (0,shared_names/* lastSegment */.mp)(network) : '<network>'}.`,
                fix: network
                    ? { actions: [{ kind: 'gce-route-insert', route: spec }], scope: 'node', api: 'compute.routes.insert' }
                    : undefined,
            }, createCommand(spec));
        },
        repointRoute(route, view, cidr) {
            // GCE routes are immutable: create the right one first so traffic is never without a route, then delete.
            // Names are unique per project, so the new route cannot take the old one's name.
            const name = (0,shared_names/* routeName */.xG)(view.node.name, cidr);
            const spec = routeSpec(name === route.name ? `${name.slice(0, 59)}-new` : name, view, cidr.text, route.network, (0,next_hop/* nextHopIp */.U)(view, cidr));
            return (0,shell/* withCommand */.UE)({
                text: `GCE routes cannot be changed: create a route for ${cidr.text} via ${view.node.name}, then delete ${route.name}.`,
                fix: route.network
                    ? {
                        actions: [{ kind: 'gce-route-replace', route: spec, replaces: route.name }],
                        scope: 'node',
                        api: 'compute.routes.insert + compute.routes.delete',
                    }
                    : undefined,
            }, (0,shell/* joinShell */.V)([createCommand(spec), deleteCommand(route)], ' && '));
        },
        deleteRoute(route) {
            return (0,shell/* withCommand */.UE)({
                text: `Delete route ${route.name}.`,
                fix: {
                    actions: [{ kind: 'gce-route-delete', project: project(route.id), name: route.name }],
                    scope: 'prune',
                    api: 'compute.routes.delete',
                },
            }, deleteCommand(route));
        },
        explainNotApplied(route, scope, target) {
            if (route.network !== scope.network) {
                const spec = routeSpec(`${route.name}-${(0,shared_names/* lastSegment */.mp)(scope.network ?? 'net')}`.slice(0, 63), target, route.dest.text, scope.network, (0,next_hop/* nextHopIp */.U)(target, route.dest));
                return (0,shell/* withCommand */.UE)({
                    why: `route ${route.name} is on network ${route.network ? (0,shared_names/* lastSegment */.mp)(route.network) : '?'}, not on ${(0,shared_names/* lastSegment */.mp)(scope.network ?? '?')}`,
                    text: `Create the route on the nodes' network ${(0,shared_names/* lastSegment */.mp)(scope.network ?? '?')}.`,
                    fix: {
                        actions: [{ kind: 'gce-route-insert', route: spec }],
                        scope: 'network',
                        api: 'compute.routes.insert',
                    },
                }, createCommand(spec));
            }
            // add-tags takes one instance at a time; every node of the scope that needs the route needs the tag.
            const tagging = scope.members
                .filter((member) => member !== target)
                .map((member) => addTags(member, route.tags[0] ?? '<tag>'));
            const actions = tagging.flatMap((tag) => (tag.action ? [tag.action] : []));
            return (0,shell/* withCommand */.UE)({
                why: `route ${route.name} applies only to instances tagged [${route.tags.join(', ')}], and their instances have none of these tags`,
                text: `Add the tag to the nodes' instances (and their instance template), or recreate the route without tags.`,
                fix: actions.length === tagging.length
                    ? { actions, scope: 'network', api: 'compute.instances.setTags' }
                    : undefined,
            }, (0,shell/* joinShell */.V)(tagging.map((tag) => tag.command), ' && '));
        },
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/index.js








const gceCloud = {
    profile: gce,
    readers: {
        network: [gcloudInstances, gcloudRoutes, gcloudSubnetworks],
        firewall: [gcloudFirewallRules],
        policy: [gcloudOrgPolicy],
    },
    terraform: gceTerraform,
    live: async () => (await __nccwpck_require__.e(/* import() */ 360).then(__nccwpck_require__.bind(__nccwpck_require__, 27360))).gceReader,
    applier: async () => (await __nccwpck_require__.e(/* import() */ 712).then(__nccwpck_require__.bind(__nccwpck_require__, 92712))).gceApplier,
    denials: {
        unnamed: { provider: 'gce', kind: 'gcp-org-policy', name: 'an organisation policy' },
        remediation: gcpDenialRemediation,
    },
};

;// CONCATENATED MODULE: ./lib/clouds/shared/policy/denial.js
/**
 * Apply time: a change the cloud refused by policy becomes a policy-blocks-fix finding naming the policy, through the
 * same fingerprint path as the static check. The cloud supplies the way out (an exemption, an exception).
 */
function denialFinding(denial, step, remediation) {
    const policy = denial.kind === 'azure-policy-assignment'
        ? `Azure Policy assignment "${denial.name}"${denial.id ? ` (${denial.id})` : ''}`
        : denial.kind === 'gcp-org-policy'
            ? `the organisation policy ${denial.name}${denial.project ? ` of project ${denial.project}` : ''}`
            : denial.name;
    return {
        node: step.node,
        resource: step.resource,
        key: `apply:${denial.id ?? denial.name}`,
        message: `--fix apply was refused by ${policy} for ${step.node ? `node ${step.node}` : (step.resource ?? 'the cluster')}: ${step.detail}`,
        remediation,
    };
}

;// CONCATENATED MODULE: ./lib/clouds/vsphere/profile.js
/** No cloud API to check or call: the rules that apply are subnet membership, pod CIDRs and the backend. */
const vsphere = {
    id: 'vsphere',
    displayName: 'vSphere',
    dumps: { subnets: 'a HostGwInventory with spec.subnets' },
};

;// CONCATENATED MODULE: ./lib/clouds/vsphere/index.js

/** Read from the native inventory for now: no dump reader, live reader or applier of its own. */
const vsphereCloud = { profile: vsphere, readers: { network: [], firewall: [], policy: [] } };

;// CONCATENATED MODULE: ./lib/clouds/index.js








/** The registry: adding a cloud is adding its folder and a line here. */
const CLOUDS = {
    aws: awsCloud,
    gce: gceCloud,
    azure: azureCloud,
    vsphere: vsphereCloud,
    baremetal: baremetalCloud,
};
function cloudFor(provider) {
    return CLOUDS[provider];
}
function profileFor(provider) {
    return CLOUDS[provider].profile;
}
function readersOf(role) {
    return Object.values(CLOUDS).flatMap((cloud) => cloud.readers[role]);
}
/**
 * Every input format the file mode understands; the first whose `matches` accepts a document reads it. Formats are
 * told apart by content, and the more specific shapes come first.
 */
const FORMAT_READERS = [
    ...CLUSTER_READERS,
    ...readersOf('network'),
    terraformReader(Object.values(CLOUDS).flatMap((cloud) => (cloud.terraform ? [cloud.terraform] : []))),
    ...readersOf('firewall'),
    ...readersOf('policy'),
];
/** When an applier could not tell which policy refused the change: the cloud's kind of policy, unnamed. */
function unnamedDenial(provider) {
    return CLOUDS[provider].denials?.unnamed ?? CLOUDS.aws.denials.unnamed;
}
/** The policy-blocks-fix finding an apply-time denial becomes, with the way out its cloud offers. */
function deniedAtApply(denial, step) {
    const denials = CLOUDS[denial.provider].denials ?? CLOUDS.aws.denials;
    return denialFinding(denial, step, denials.remediation(denial, step));
}


/***/ }),

/***/ 86133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ FixDenied)
/* harmony export */ });
/** A failure the cloud explained (a policy, a permission): reported as is, without the SDK's noise. */
class FixDenied extends Error {
    reason;
    policy;
    constructor(message, 
    /** "policy" when an organisation policy / Azure Policy / SCP forbids the change. */
    reason, 
    /** With reason "policy": the policy the cloud named, for the policy-blocks-fix finding. */
    policy) {
        super(message);
        this.reason = reason;
        this.policy = policy;
        this.name = 'FixDenied';
    }
}


/***/ }),

/***/ 59122:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ setName),
/* harmony export */   jV: () => (/* binding */ protocolList),
/* harmony export */   ln: () => (/* binding */ freePriorities),
/* harmony export */   rW: () => (/* binding */ ends),
/* harmony export */   vP: () => (/* binding */ byReference)
/* harmony export */ });
/* unused harmony export fixBlocks */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(91471);

/**
 * The blocks a fix should admit on one end of the blocked traffic, per family: the cluster CIDR when it holds them
 * (it also covers nodes added later), else the blocked pod CIDRs themselves, summarised when there are many.
 */
function fixBlocks(cidrs, data, family) {
    const mine = cidrs.filter((cidr) => cidr.family === family);
    if (mine.length === 0)
        return [];
    const cluster = data.topology.snapshot.clusterCidrs.filter((cidr) => cidr.family === family && mine.every((pod) => pod.start >= cidr.start && pod.end <= cidr.end));
    if (cluster[0])
        return [cluster[0]];
    if (mine.length <= 8)
        return mine;
    const summary = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .commonSupernet */ ._h)(mine);
    return summary ? [summary] : mine;
}
/** "tcp, udp and icmp" */
function protocolList(protocols) {
    return protocols.length <= 1
        ? (protocols[0] ?? '')
        : `${protocols.slice(0, -1).join(', ')} and ${protocols[protocols.length - 1]}`;
}
/** "sg-… (k8s-nodes)" for sets known by id; NSGs and GCE networks by their name, their ids being paths. */
function setName(set) {
    if (set.kind === 'nsg' || set.kind === 'vpc-firewall')
        return set.name;
    return set.name && set.name !== set.id ? `${set.id} (${set.name})` : set.id;
}
/** Whether the allow rule that looked right names the node group (security group, tag, service account, ASG). */
function byReference(block) {
    const rule = block.nearMiss;
    return (rule !== undefined && [...rule.sourceRefs, ...(rule.destRefs ?? [])].some((ref) => /^(sg|tag|sa|asg):/.test(ref)));
}
/** Free priorities just below `below` (exclusive), highest first, skipping used ones; fewer when the range runs out. */
function freePriorities(used, below, count, lowest) {
    const result = [];
    for (let p = below - 1; p >= lowest && result.length < count; p--)
        if (!used.has(p))
            result.push(p);
    return result;
}
/** Both ends of blocked traffic for a fix: who sends (source blocks) and who receives (destination blocks). */
function ends(block, data, family) {
    return { sources: fixBlocks(block.sourceCidrs, data, family), dests: fixBlocks(block.destCidrs, data, family) };
}


/***/ }),

/***/ 91471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kh: () => (/* binding */ podCidrsOf),
/* harmony export */   XB: () => (/* binding */ FirewallData),
/* harmony export */   _h: () => (/* binding */ commonSupernet),
/* harmony export */   p_: () => (/* binding */ covered),
/* harmony export */   yI: () => (/* binding */ touches)
/* harmony export */ });
/* unused harmony export evaluationOrder */
/* harmony import */ var _model_cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1359);
/* harmony import */ var _next_hop_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(13467);


/** Rules in evaluation order: lower priority value first, and a deny before an allow of the same priority. */
function evaluationOrder(a, b) {
    if (a.priority !== b.priority)
        return a.priority - b.priority;
    if (a.action !== b.action)
        return a.action === 'deny' ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** The firewall part of a snapshot, indexed once: sets by id, rules by set, attachments from both sides. */
class FirewallData {
    topology;
    setById;
    /** Per set, per direction, in evaluation order. */
    rules = new Map();
    bySubnet = new Map();
    byInterface = new Map();
    present;
    constructor(topology) {
        this.topology = topology;
        const snapshot = topology.snapshot;
        this.present = snapshot.present.has('firewalls');
        this.setById = new Map((snapshot.firewallSets ?? []).map((set) => [set.id, set]));
        for (const rule of snapshot.firewallRules ?? []) {
            let entry = this.rules.get(rule.setId);
            if (!entry)
                this.rules.set(rule.setId, (entry = { ingress: [], egress: [] }));
            entry[rule.direction].push(rule);
        }
        for (const entry of this.rules.values()) {
            entry.ingress.sort(evaluationOrder);
            entry.egress.sort(evaluationOrder);
        }
        const attach = (map, key, setId) => {
            let ids = map.get(key);
            if (!ids)
                map.set(key, (ids = new Set()));
            ids.add(setId);
        };
        for (const set of this.setById.values()) {
            for (const subnetId of set.subnetIds ?? [])
                attach(this.bySubnet, subnetId, set.id);
            for (const ifaceId of set.interfaceIds ?? [])
                attach(this.byInterface, ifaceId, set.id);
        }
        for (const subnet of snapshot.subnets)
            for (const id of subnet.securityGroupIds ?? [])
                attach(this.bySubnet, subnet.id, id);
        for (const iface of snapshot.interfaces)
            for (const id of iface.securityGroupIds ?? [])
                attach(this.byInterface, iface.id, id);
    }
    rulesOf(setId, direction) {
        return this.rules.get(setId)?.[direction] ?? [];
    }
    /** Set ids attached to a subnet (NACL associations, subnet NSGs), from either side of the association. */
    setsOfSubnet(subnetId) {
        return subnetId ? [...(this.bySubnet.get(subnetId) ?? [])].sort() : [];
    }
    /** Set ids attached to an interface, or undefined when neither the interface nor any set listing says. */
    setsOfInterface(iface) {
        const ids = this.byInterface.get(iface.id);
        if (ids)
            return [...ids].sort();
        return iface.securityGroupIds ? [] : undefined;
    }
    /** The interface pod traffic for the node enters by: the one holding the next-hop address, else the first. */
    podInterface(view) {
        const cidr = view.node.podCidrs[0];
        const ip = cidr ? (0,_next_hop_js__WEBPACK_IMPORTED_MODULE_1__/* .nextHopIp */ .U)(view, cidr) : undefined;
        return view.interfaces.find((iface) => ip !== undefined && iface.ips.includes(ip)) ?? view.interfaces[0];
    }
}
/** The smallest block holding all of `cidrs` (one family): the aggregate a scope's pod traffic is first judged by. */
function commonSupernet(cidrs) {
    const sorted = [...cidrs].sort(_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCidrs */ .z_);
    const first = sorted[0];
    if (!first)
        return undefined;
    let prefix = Math.min(...sorted.map((cidr) => cidr.prefix));
    for (; prefix >= 0; prefix--) {
        const block = (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .supernet */ .Rl)(first, prefix);
        if (sorted.every((cidr) => (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .contains */ .gR)(block, cidr)))
            return block;
    }
    return undefined;
}
/** The pod CIDRs of some nodes, of one family, without duplicates. */
function podCidrsOf(views, family) {
    const seen = new Map();
    for (const view of views)
        for (const cidr of view.node.podCidrs)
            if (cidr.family === family)
                seen.set(cidr.text, cidr);
    return [...seen.values()].sort(_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCidrs */ .z_);
}
/** Whether `ranges` together cover all of `cidr` (adjacent blocks count together). */
function covered(ranges, cidr) {
    const relevant = ranges
        .filter((range) => range.family === cidr.family && range.start <= cidr.end && cidr.start <= range.end)
        .sort(_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCidrs */ .z_);
    let next = cidr.start;
    for (const range of relevant) {
        if (range.start > next)
            return false;
        if (range.end + 1n > next)
            next = range.end + 1n;
        if (next > cidr.end)
            return true;
    }
    return next > cidr.end;
}
function touches(ranges, cidr) {
    return ranges.some((range) => range.family === cidr.family && range.start <= cidr.end && cidr.start <= range.end);
}


/***/ }),

/***/ 8782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k$: () => (/* binding */ segmentAfter),
/* harmony export */   mp: () => (/* binding */ lastSegment),
/* harmony export */   xG: () => (/* binding */ routeName),
/* harmony export */   yA: () => (/* binding */ awsRegionFlag)
/* harmony export */ });
/* harmony import */ var _model_names_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29174);
/* harmony import */ var _model_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(84591);


/** A route name both GCE (RFC 1035, 63 chars) and Azure accept: lower case, digits and dashes. */
function routeName(nodeName, cidr) {
    const base = `hostgw-${nodeName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const suffix = cidr.family === 6 ? '-v6' : '';
    return `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
}
/** The last segment of a URL or resource id. */
function lastSegment(id) {
    return id.split('/').filter(Boolean).pop() ?? id;
}
/** The segment after a marker in a path: segmentAfter("projects/p/zones/z/instances/n", "zones") === "z". */
function segmentAfter(id, marker) {
    // Case-insensitive: Azure resource ids are, and tools spell "resourceGroups" in either case.
    const wanted = marker.toLowerCase();
    const parts = id.split('/');
    const index = parts.findIndex((part) => part.toLowerCase() === wanted);
    return index >= 0 ? parts[index + 1] : undefined;
}
/** " --region R" for an AWS command, or nothing when the region is unknown (the CLI's default region applies). */
function awsRegionFlag(region) {
    return region ? (0,_model_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shell */ .vf) ` --region ${(0,_model_names_index_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('aws-region', region)}` : (0,_model_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shell */ .vf) ``;
}


/***/ }),

/***/ 13467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ nextHopIp)
/* harmony export */ });
/* harmony import */ var _model_cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1359);

/** The node address a route for `cidr` should point at: flannel's public IP first, of the CIDR's family. */
function nextHopIp(view, cidr) {
    const candidates = [view.node.flannelPublicIp, ...view.node.internalIps].filter((ip) => ip !== undefined);
    return candidates.find((ip) => (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .ipFamily */ .Mr)(ip) === cidr.family);
}


/***/ }),

/***/ 50263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
/* harmony import */ var _io_read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2722);
/* harmony import */ var _io_roots_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(34849);
/* harmony import */ var _io_write_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(78591);
/* harmony import */ var _sources_document_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(51625);
/* harmony import */ var _sources_values_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(62073);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(56346);








/** Messages carry counts and details that change between runs; identity is what the finding is about. */
function fingerprint(ruleId, draft) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([ruleId, draft.node ?? '', draft.resource ?? '', draft.key ?? '', draft.about ?? ''].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
/** Reads a baseline written by --write-baseline: the fingerprints of accepted findings. */
async function readBaseline(file, roots = _io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .UNCONFINED */ .S1) {
    await (0,_io_read_js__WEBPACK_IMPORTED_MODULE_2__/* .checkTrustedFile */ .w)(file, 'the baseline', roots);
    const document = await _sources_document_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceDocument */ .N.load(file);
    const value = document.values[0];
    if (!(0,_sources_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(value) || value.kind !== 'HostGwBaseline' || !Array.isArray(value.findings)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('not a hostgw-preflight baseline (write one with --write-baseline)', file);
    }
    return new Set((0,_sources_values_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(value.findings).flatMap((entry) => (0,_sources_values_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(entry) && (0,_sources_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(entry.fingerprint) ? [(0,_sources_values_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(entry.fingerprint)] : []));
}
/** The accepted findings, with enough context for a reviewer of the baseline file to see what was accepted. */
async function writeBaseline(file, findings, roots = _io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .UNCONFINED */ .S1) {
    const baseline = {
        kind: 'HostGwBaseline',
        version: 1,
        tool: `${_tool_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL */ .j.name} ${_tool_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL */ .j.version}`,
        findings: findings.map(({ fingerprint, ruleId, node, resource, message }) => ({
            fingerprint,
            ruleId,
            node,
            resource,
            message,
        })),
    };
    await (0,_io_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileSafely */ .k)(file, `${JSON.stringify(baseline, null, 2)}\n`, { label: '--write-baseline', roots });
}


/***/ }),

/***/ 53456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: atOrAbove, evaluate

// EXTERNAL MODULE: ./lib/model/group.js
var group = __nccwpck_require__(52586);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/model/cidr.js
var model_cidr = __nccwpck_require__(1359);
// EXTERNAL MODULE: ./lib/model/cidr-index.js
var cidr_index = __nccwpck_require__(50910);
;// CONCATENATED MODULE: ./lib/model/ip-join.js
/** Where an interface sits: what its listing says, else its subnet's network, else its machine's (GCE). */
function networkOf(iface, subnetById, instance) {
    return (iface.networkId ?? (iface.subnetId ? subnetById.get(iface.subnetId)?.networkId : undefined) ?? instance?.network);
}
/**
 * With the cluster's networks known, only machines inside them are eligible; with none known (no node has a
 * providerID, as in Rancher custom clusters), every machine is. Exactly one eligible machine is the node's.
 */
function decideIpJoin(matches, clusterNetworks) {
    if (matches.length === 0)
        return { kind: 'none' };
    const eligible = clusterNetworks.size === 0
        ? matches
        : matches.filter((match) => match.network !== undefined && clusterNetworks.has(match.network));
    if (eligible.length === 1)
        return { kind: 'joined', match: eligible[0] };
    if (eligible.length > 1)
        return { kind: 'refused', reason: 'shared', matches: eligible };
    return { kind: 'refused', reason: 'outside', matches };
}

// EXTERNAL MODULE: ./lib/model/order.js
var order = __nccwpck_require__(4209);
;// CONCATENATED MODULE: ./lib/model/topology.js





/** Items by a key of each; a later item with the same key replaces an earlier one. */
function byKey(items, key) {
    return new Map(items.map((item) => [key(item), item]));
}
/** Items by each of their keys (addresses), every item holding a key kept, in order. */
function allByEachKey(items, keys) {
    const map = new Map();
    for (const item of items) {
        for (const key of keys(item)) {
            const holders = map.get(key);
            if (holders)
                holders.push(item);
            else
                map.set(key, [item]);
        }
    }
    return map;
}
/** Every address other nodes may use as next hop to reach the node's pods. */
function addressesOf(node) {
    const { internalIps, flannelPublicIp } = node;
    return flannelPublicIp && !internalIps.includes(flannelPublicIp) ? [...internalIps, flannelPublicIp] : internalIps;
}
/** Items by each of their keys (addresses), the first item holding a key kept. */
function firstByEachKey(items, keys) {
    const map = new Map();
    for (const item of items) {
        for (const key of keys(item))
            if (!map.has(key))
                map.set(key, item);
    }
    return map;
}
/** The interfaces that carry one of the addresses. */
function carrying(interfaces, ips) {
    return (interfaces ?? []).filter((iface) => iface.ips.some((ip) => ips.includes(ip)));
}
function firstSubnetId(interfaces) {
    return interfaces.find((iface) => iface.subnetId)?.subnetId;
}
/**
 * Indexes over a snapshot, built once, so rules are map look-ups rather than scans. Those only some providers or
 * findings need (route tables, next hops by address) are built on first use, so a run that never asks builds none.
 */
class Topology {
    snapshot;
    views;
    instanceByKey;
    subnetById;
    tablesBySubnet;
    cloudDataPresent;
    podIndex;
    tableRoutes;
    byIp;
    byInstanceKey;
    interfacesByInstance;
    networks;
    constructor(snapshot) {
        this.snapshot = snapshot;
        this.instanceByKey = byKey(snapshot.instances, (instance) => instance.key);
        this.subnetById = byKey(snapshot.subnets, (subnet) => subnet.id);
        const tablesBySubnet = new Map();
        for (const table of snapshot.routeTables) {
            for (const subnetId of table.subnetIds) {
                const tables = tablesBySubnet.get(subnetId);
                if (tables)
                    tables.push(table);
                else
                    tablesBySubnet.set(subnetId, [table]);
            }
        }
        this.tablesBySubnet = tablesBySubnet;
        this.cloudDataPresent = snapshot.present.has('instances') || snapshot.present.has('interfaces');
        this.interfacesByInstance = (0,group/* groupBy */.$)(snapshot.interfaces, (iface) => iface.instanceKey);
        // Only nodes without a usable providerID are joined by address.
        let interfacesByIp;
        const interfacesHolding = (ip) => (interfacesByIp ??= allByEachKey(snapshot.interfaces, (iface) => iface.ips)).get(ip);
        this.views = snapshot.nodes.map((node) => this.join(node, interfacesHolding));
    }
    /**
     * The networks of the machines that nodes joined by providerID run on: the only networks a node joined by address
     * may sit in. Empty when no such node's network is known.
     */
    get clusterNetworks() {
        if (!this.networks) {
            const networks = new Set();
            for (const node of this.snapshot.nodes) {
                if (node.planned || !this.known(node.instanceKey))
                    continue;
                const instance = this.instanceByKey.get(node.instanceKey);
                const interfaces = carrying(this.interfacesByInstance.get(node.instanceKey), addressesOf(node));
                for (const iface of interfaces) {
                    const network = networkOf(iface, this.subnetById, instance);
                    if (network)
                        networks.add(network);
                }
                if (interfaces.length === 0 && instance?.network)
                    networks.add(instance.network);
            }
            this.networks = networks;
        }
        return this.networks;
    }
    get routesByTable() {
        return (this.tableRoutes ??= (0,group/* groupBy */.$)(this.snapshot.routes, (route) => route.tableId));
    }
    get viewByIp() {
        return (this.byIp ??= firstByEachKey(this.views, (view) => view.ips));
    }
    get viewByInstanceKey() {
        if (!this.byInstanceKey) {
            const byInstance = new Map();
            for (const view of this.views)
                if (view.instanceKey)
                    byInstance.set(view.instanceKey, view);
            this.byInstanceKey = byInstance;
        }
        return this.byInstanceKey;
    }
    known(key) {
        return key !== undefined && (this.instanceByKey.has(key) || this.interfacesByInstance.has(key));
    }
    join(node, interfacesHolding) {
        const ips = addressesOf(node);
        let instanceKey;
        let joinedBy;
        let refused;
        if (this.known(node.instanceKey)) {
            instanceKey = node.instanceKey;
            joinedBy = 'providerID';
        }
        else {
            // Rancher custom clusters and kubeadm on plain VMs have no providerID: the address is the only link.
            const byAddress = decideIpJoin(this.machinesHolding(ips, interfacesHolding), this.clusterNetworks);
            if (byAddress.kind === 'joined') {
                instanceKey = byAddress.match.instanceKey;
                joinedBy = 'IP';
            }
            else if (byAddress.kind === 'refused')
                refused = byAddress;
        }
        const interfaces = instanceKey ? carrying(this.interfacesByInstance.get(instanceKey), ips) : [];
        // A refused node is placed only in a subnet of the cluster's networks, never in the foreign machine's.
        const subnetId = firstSubnetId(interfaces) ?? node.subnetId ?? this.subnetHolding(ips, refused ? this.clusterNetworks : undefined);
        let join;
        if (instanceKey)
            join = 'joined';
        else if (refused)
            join = 'ambiguous';
        else if (this.snapshot.provider === 'vsphere' || this.snapshot.provider === 'baremetal')
            join = 'not-cloud';
        else
            join = this.cloudDataPresent ? 'not-found' : 'no-cloud-data';
        return {
            node,
            join,
            joinedBy,
            refused,
            instanceKey: instanceKey ?? node.instanceKey,
            instance: instanceKey ? this.instanceByKey.get(instanceKey) : undefined,
            interfaces,
            ips,
            subnetId,
            subnet: subnetId ? this.subnetById.get(subnetId) : undefined,
        };
    }
    /** The machines whose interfaces hold one of the addresses, once each, by id. */
    machinesHolding(ips, interfacesHolding) {
        const matches = new Map();
        const inCluster = (network) => network !== undefined && this.clusterNetworks.has(network);
        for (const ip of ips) {
            for (const iface of interfacesHolding(ip) ?? []) {
                const key = iface.instanceKey;
                if (!key)
                    continue;
                const instance = this.instanceByKey.get(key);
                const network = networkOf(iface, this.subnetById, instance);
                const seen = matches.get(key);
                // A machine with interfaces in several networks counts where it meets the cluster.
                if (!seen || (!inCluster(seen.network) && (inCluster(network) || seen.network === undefined))) {
                    matches.set(key, { instanceKey: key, id: instance?.id ?? key, network: network ?? seen?.network });
                }
            }
        }
        return [...matches.values()].sort((a, b) => (0,order/* compareText */.n)(a.id, b.id));
    }
    /**
     * For nodes described only by their addresses (bare metal, inventories): the most specific subnet holding one.
     * `networks` limits the choice to subnets of those networks.
     */
    subnetHolding(ips, networks) {
        let best;
        let bestPrefix = -1;
        for (const subnet of this.snapshot.subnets) {
            if (networks && !(subnet.networkId !== undefined && networks.has(subnet.networkId)))
                continue;
            for (const cidr of subnet.cidrs) {
                if (cidr.prefix > bestPrefix && ips.some((ip) => (0,model_cidr/* containsIp */.Tv)(cidr, ip))) {
                    best = subnet;
                    bestPrefix = cidr.prefix;
                }
            }
        }
        return best?.id;
    }
    /** Every node's pod CIDRs in one index, built on first use and shared by the rules that need it. */
    get podCidrIndex() {
        return (this.podIndex ??= new cidr_index/* CidrIndex */.d(this.views.flatMap((view) => view.node.podCidrs.map((dest) => ({ dest, view })))));
    }
    /** True when a route's next hop is this node (by instance or by one of its addresses). */
    isNextHop(route, view) {
        if (route.nextHop.kind === 'instance')
            return route.nextHop.instanceKey === view.instanceKey;
        if (route.nextHop.kind === 'ip')
            return view.ips.includes(route.nextHop.ip);
        return false;
    }
    /** The node a route points at, if any. */
    nextHopNode(route) {
        if (route.nextHop.kind === 'instance')
            return this.viewByInstanceKey.get(route.nextHop.instanceKey);
        if (route.nextHop.kind === 'ip')
            return this.viewByIp.get(route.nextHop.ip);
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/clouds/index.js + 54 modules
var clouds = __nccwpck_require__(47213);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __nccwpck_require__(32798);
// EXTERNAL MODULE: ./lib/sources/builder.js
var sources_builder = __nccwpck_require__(11817);
// EXTERNAL MODULE: ./lib/sources/load.js
var load = __nccwpck_require__(93548);
// EXTERNAL MODULE: ./lib/engine/settings/defaults.js
var defaults = __nccwpck_require__(33954);
// EXTERNAL MODULE: ./lib/report/types.js
var types = __nccwpck_require__(50603);
// EXTERNAL MODULE: ./lib/engine/suppress.js
var suppress = __nccwpck_require__(93423);
;// CONCATENATED MODULE: ./lib/engine/acceptance.js




const RANK = { error: 3, warning: 2, note: 1 };
/** The rules whose findings --strict would have made errors. */
const STRICT_IDS = (0,rules/* rulesWhere */.Lc)((meta) => meta.errorWhenStrict === true).map((rule) => rule.meta.id);
/** Each suppressed finding counted once, for the first place (config file, then options) whose entries drop it. */
function ignored(judged, suppressions) {
    const counts = new Map();
    const bySource = [...(0,group/* groupBy */.$)(suppressions, (s) => s.from)].map(([source, group]) => ({
        source,
        drops: (0,suppress/* suppressor */.Fd)(group),
    }));
    for (const { finding } of judged) {
        const source = bySource.find(({ drops }) => drops(finding))?.source;
        if (source !== undefined)
            counts.set(source, (counts.get(source) ?? 0) + 1);
    }
    return [...counts].map(([source, count]) => ({ source, kind: 'ignored', count }));
}
function lowered(kept, config) {
    const down = kept.filter(({ finding, unmapped }) => RANK[finding.severity] < RANK[unmapped]);
    return [...(0,group/* groupBy */.$)(down, ({ finding }) => finding.severity)].map(([severity, group]) => ({
        source: config ?? types/* DEFAULT_SOURCE */.Q,
        kind: 'lowered',
        severity: severity,
        count: group.length,
    }));
}
/** Findings the configuration, options or baseline let pass, by source; only kinds with a count above zero. */
function acceptances(input) {
    const { judged, sources } = input;
    const drop = (0,suppress/* suppressor */.Fd)(input.suppressions);
    const kept = judged.filter(({ finding }) => !drop(finding));
    const entries = [...ignored(judged, input.suppressions), ...lowered(kept, sources.config)];
    if (!input.strict) {
        // A rule the configuration gives a severity of its own is not held back by strict but by that severity.
        const strictIds = new Set(STRICT_IDS.filter((id) => input.severities[id] === undefined));
        const count = kept.filter(({ finding }) => strictIds.has(finding.ruleId) && finding.severity !== 'error').length;
        if (count > 0)
            entries.push({ source: sources.strict ?? types/* DEFAULT_SOURCE */.Q, kind: 'not-strict', count });
    }
    if (input.failOn === 'never') {
        const count = input.reported.filter((finding) => !finding.baselined && finding.severity === 'error').length;
        if (count > 0)
            entries.push({ source: sources.failOn ?? types/* DEFAULT_SOURCE */.Q, kind: 'fail-on', count });
    }
    const baselined = input.reported.filter((finding) => finding.baselined).length;
    if (baselined > 0)
        entries.push({ source: sources.baseline ?? types/* DEFAULT_SOURCE */.Q, kind: 'baselined', count: baselined });
    return entries;
}

// EXTERNAL MODULE: ./lib/engine/baseline.js
var baseline = __nccwpck_require__(50263);
;// CONCATENATED MODULE: ./lib/engine/node-status.js


function forwardingOf(view, profile) {
    const { interfaces } = view;
    if (interfaces.length === 0 && view.node.forwarding !== undefined)
        return view.node.forwarding ? 'enabled' : 'disabled';
    if (!profile.forwarding)
        return 'n/a';
    let unknown = interfaces.length === 0;
    for (const iface of interfaces) {
        if (iface.forwarding === false)
            return 'disabled';
        if (iface.forwarding === undefined)
            unknown = true;
    }
    return unknown ? 'unknown' : 'enabled';
}
/** The route rules' states, in catalogue order: a node with findings of several shows the first. */
const ROUTE_STATES = (0,rules/* rulesWhere */.Lc)((meta) => meta.routeState !== undefined).map(({ meta }) => [
    meta.id,
    meta.routeState,
]);
function routesOf(view, profile, own, routesKnown) {
    if (!profile.routing)
        return 'n/a';
    const state = own.length === 0 ? undefined : ROUTE_STATES.find(([rule]) => own.some((finding) => finding.ruleId === rule));
    if (state)
        return state[1];
    if (!routesKnown || view.node.podCidrs.length === 0)
        return 'unknown';
    return 'ok';
}
/** The per-node table of the summaries: a digest of the topology and of the findings about each node. */
function nodeStatuses(topology, profile, findings) {
    const byNode = (0,group/* groupBy */.$)(findings, (finding) => finding.node || undefined);
    const routesKnown = topology.snapshot.present.has('routes');
    const none = [];
    return topology.views.map((view) => {
        const own = byNode.get(view.node.name) ?? none;
        return {
            name: view.node.name,
            os: view.node.os,
            internalIps: view.node.internalIps,
            podCidrs: view.node.podCidrs.map((cidr) => cidr.text),
            forwarding: forwardingOf(view, profile),
            subnet: view.subnet?.name ?? view.subnetId?.slice(view.subnetId.lastIndexOf('/') + 1),
            routes: routesOf(view, profile, own, routesKnown),
            findings: own.length,
        };
    });
}

// EXTERNAL MODULE: ./lib/engine/tool.js
var tool = __nccwpck_require__(56346);
;// CONCATENATED MODULE: ./lib/engine/check.js














const check_RANK = { error: 3, warning: 2, note: 1 };
function atOrAbove(severity, threshold) {
    return threshold !== 'never' && check_RANK[severity] >= check_RANK[threshold];
}
/** File, line and column for every origin, resolving each file's positions in one pass. */
function locateAll(origins, documents) {
    const locations = origins.map((origin) => origin?.line !== undefined ? { file: origin.file, line: origin.line, column: origin.column } : undefined);
    const byFile = (0,group/* groupBy */.$)(origins.keys(), (i) => (origins[i]?.line === undefined ? origins[i]?.file : undefined));
    for (const [file, indexes] of byFile) {
        const document = documents.get(file);
        if (document?.virtual)
            continue;
        const positions = document ? document.positions(indexes.map((i) => origins[i])) : [];
        indexes.forEach((originIndex, k) => {
            locations[originIndex] = { file, line: positions[k]?.line, column: positions[k]?.column };
        });
    }
    return locations;
}
/** Every rule's drafts, in rule order, each followed by the extra drafts raised on that rule's behalf. */
function collectDrafts(context, options, extra) {
    const drafts = [];
    for (const rule of rules/* RULES */.y0) {
        const id = rule.meta.id;
        const unmappedOf = (draft) => options.strict && rule.meta.errorWhenStrict ? 'error' : (draft.severity ?? rule.meta.severity);
        const add = (draft) => drafts.push({ id, draft, severity: options.severities[id] ?? unmappedOf(draft), unmapped: unmappedOf(draft) });
        for (const draft of (0,rules/* draftsOf */.eI)(rule, context))
            add(draft);
        for (const { draft } of extra.filter((entry) => entry.ruleId === id))
            add(draft);
    }
    return drafts;
}
function toFindings(drafts, provider, documents) {
    const locations = locateAll(drafts.map(({ draft }) => draft.origin), documents);
    return drafts.map(({ id, draft, severity }, i) => ({
        ruleId: id,
        severity,
        message: draft.message,
        node: draft.node,
        resource: draft.resource,
        provider,
        remediation: draft.remediation,
        location: locations[i],
        fingerprint: (0,baseline/* fingerprint */.Rj)(id, draft),
        baselined: false,
    }));
}
/** The findings left after suppressions (kept), and of those the ones at or above the threshold (reported). */
function sift(all, options) {
    const suppressed = (0,suppress/* suppressor */.Fd)(options.suppressions);
    const kept = all.filter((finding) => !suppressed(finding));
    const reported = kept.filter((finding) => atOrAbove(finding.severity, options.minSeverity ?? defaults/* DEFAULTS */.z.severity));
    const findings = options.baseline
        ? reported.map((finding) => ({ ...finding, baselined: options.baseline.has(finding.fingerprint) }))
        : reported;
    return { kept, findings };
}
function summarise(snapshot, counts, findings, failOn) {
    const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
    const byRule = {};
    for (const finding of findings)
        byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    return {
        nodes: snapshot.nodes.length,
        errors: count('error'),
        warnings: count('warning'),
        notes: count('note'),
        suppressed: counts.all - counts.kept,
        baselined: findings.filter((finding) => finding.baselined).length,
        belowThreshold: counts.kept - findings.length,
        byRule,
        failOn,
        passed: !findings.some((finding) => !finding.baselined && atOrAbove(finding.severity, failOn)),
    };
}
/** Runs every rule over a snapshot: the part of the engine shared by file and live mode. */
function evaluate(snapshot, options, documents = new Map(), extra = []) {
    const topology = new Topology(snapshot);
    const profile = (0,clouds/* profileFor */.P5)(snapshot.provider);
    const ruleOptions = { strict: options.strict };
    const drafts = collectDrafts({ snapshot, topology, profile, options: ruleOptions }, options, extra);
    const all = toFindings(drafts, snapshot.provider, documents);
    const { kept, findings } = sift(all, options);
    return {
        tool: tool/* TOOL */.j,
        cluster: options.cluster,
        provider: snapshot.provider,
        providerReason: snapshot.providerReason,
        clusterCidrs: snapshot.clusterCidrs.map((cidr) => cidr.text),
        findings,
        nodes: nodeStatuses(topology, profile, findings),
        accepted: acceptances({
            judged: all.map((finding, i) => ({ finding, unmapped: drafts[i].unmapped })),
            suppressions: options.suppressions,
            reported: findings,
            strict: options.strict,
            severities: options.severities,
            failOn: options.failOn,
            sources: options.settingSources ?? {},
        }),
        sources: snapshot.sources,
        rules: rules/* RULES */.y0.map((rule) => rule.meta),
        summary: summarise(snapshot, { all: all.length, kept: kept.length }, findings, options.failOn),
    };
}
/** Reads the inputs (files, the live cluster, or both) into one snapshot and runs the rules. */
async function runCheck(options, extra = []) {
    const builder = new sources_builder/* SnapshotBuilder */.Y();
    const documents = new Map();
    let calls;
    if (options.live) {
        const { loadLive } = await __nccwpck_require__.e(/* import() */ 78).then(__nccwpck_require__.bind(__nccwpck_require__, 15078));
        const live = await loadLive(options.live, options.saveSnapshot, builder, options.files);
        for (const [file, document] of live.documents)
            documents.set(file, document);
        calls = live.calls;
    }
    const loaded = options.paths.length > 0 ? await (0,load/* loadInputs */.IV)(options.paths, clouds/* FORMAT_READERS */.pg, builder, options.files) : undefined;
    for (const [file, document] of loaded?.documents ?? [])
        documents.set(file, document);
    const unrecognised = loaded?.unrecognised ?? [];
    const skipped = loaded?.skipped ?? [];
    for (const text of options.clusterCidrs) {
        const cidr = (0,model_cidr/* parseCidr */.GN)(text);
        if (!cidr)
            throw new errors/* UserError */.yo(`--cluster-cidr: ${JSON.stringify(text)} is not a valid CIDR`);
        builder.addClusterCidr(cidr);
    }
    const snapshot = builder.build(options.provider, { nodeSelectors: options.nodeSelectors ?? [] });
    return { report: evaluate(snapshot, options, documents, extra), snapshot, unrecognised, skipped, calls };
}


/***/ }),

/***/ 84636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runWithFixes)
});

// EXTERNAL MODULE: ./lib/engine/check.js + 4 modules
var check = __nccwpck_require__(53456);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/io/roots.js
var roots = __nccwpck_require__(34849);
// EXTERNAL MODULE: ./lib/io/write.js
var write = __nccwpck_require__(78591);
// EXTERNAL MODULE: ./lib/clouds/index.js + 54 modules
var clouds = __nccwpck_require__(47213);
// EXTERNAL MODULE: ./lib/clouds/shared/applier.js
var shared_applier = __nccwpck_require__(86133);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __nccwpck_require__(32798);
// EXTERNAL MODULE: ./lib/model/shell.js
var shell = __nccwpck_require__(84591);
;// CONCATENATED MODULE: ./lib/fix/plan.js


function applies(scope, options) {
    if (scope === 'prune')
        return options.prune;
    if (scope === 'network')
        return options.fixScope === 'network';
    return true;
}
/**
 * The plan follows the findings: each fixable finding becomes one step (its actions in order), the rest a manual
 * step saying what a person must do. Identical steps from several findings (one association fixing many pod
 * CIDRs) appear once.
 */
function buildPlan(findings, options) {
    const seen = new Set();
    const plan = [];
    for (const finding of findings) {
        // Nothing to change in the cloud (what could not be verified): the finding itself says what to do.
        if ((0,rules/* ruleById */.BD)(finding.ruleId)?.meta.fixable === false)
            continue;
        const fix = finding.remediation.fix;
        const key = fix ? JSON.stringify(fix.actions) : `${finding.fingerprint}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        plan.push({
            action: fix ? fix.actions.map((action) => action.kind).join(' + ') : 'manual',
            provider: finding.provider,
            resource: finding.resource,
            node: finding.node,
            ruleId: finding.ruleId,
            reason: finding.message,
            api: fix?.api,
            cli: finding.remediation.command ?? finding.remediation.text,
            command: finding.remediation.command,
            scope: fix?.scope ?? 'manual',
            applies: fix ? applies(fix.scope, options) : false,
            actions: fix?.actions ?? [],
            fingerprint: finding.fingerprint,
        });
    }
    return plan;
}
/**
 * Comment lines: one per line of the text, every control character escaped, so that nothing in the text (a newline
 * or carriage return in a name, a bidi override) can end the comment or hide what follows.
 */
function commentLines(text, prefix) {
    return text.split('\n').map((line) => `${prefix}${(0,shell/* escapeControls */.UN)(line)}`);
}
/** The lines of one step: only a node-scope command runs; everything else is there to read. */
function stepLines(entry) {
    const heading = `# ${(0,shell/* escapeControls */.UN)(`${entry.ruleId}${entry.node ? ` (${entry.node})` : ''}: ${entry.reason}`)}`;
    if (entry.scope === 'manual' || entry.command === undefined)
        return [heading, ...commentLines(entry.cli, '#   manual: ')];
    // Commands are built from validated names and never hold control characters; should one ever, it is not run.
    if (entry.scope === 'node' && !(0,shell/* hasControl */.aQ)(entry.command))
        return [heading, entry.command];
    const why = entry.scope === 'node'
        ? '# holds control characters (shown escaped); not run'
        : `# scope ${entry.scope}: changes more than the nodes' own resources; uncomment to run`;
    // Network-wide and pruning steps stay commented out, every line of them: running them is a decision, as --fix-scope/--prune are.
    return [heading, why, ...commentLines(entry.command, '# ')];
}
/** A reviewable script of the plan's commands, for people who would rather run them themselves. */
function planScript(plan) {
    const lines = ['#!/bin/sh', '# Generated by hostgw-preflight --plan-script: review before running.', 'set -eu', ''];
    for (const entry of plan)
        lines.push(...stepLines(entry), '');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/engine/fix.js









async function applyPlan(plan, options, log, denials) {
    const outcomes = [];
    for (const entry of plan.filter((step) => step.applies)) {
        const load = (0,clouds/* cloudFor */.lU)(entry.provider).applier;
        if (!load) {
            outcomes.push({ ...describe(entry), status: 'failed', detail: `no ${entry.provider} applier` });
            continue;
        }
        const applier = await load();
        const done = [];
        try {
            for (const action of entry.actions) {
                // Every mutating call is logged before it is sent and its result after.
                log(`applying ${action.kind} for ${entry.node ?? entry.resource ?? 'the cluster'} (${entry.api})`);
                done.push(await applier.apply(action, options.live));
                log(`  done: ${done[done.length - 1]}`);
            }
            outcomes.push({ ...describe(entry), status: 'applied', detail: done.join('; ') });
        }
        catch (error) {
            // One failure must not stop the other fixes: record it and go on.
            const detail = error.message?.split('\n')[0] ?? String(error);
            log(`  failed: ${detail}`);
            // Appliers load lazily: compare by name too, in case a bundle ever holds two copies of the class.
            const denied = error instanceof shared_applier/* FixDenied */.n || error?.name === 'FixDenied' ? error : undefined;
            outcomes.push({ ...describe(entry), status: 'failed', detail, ...(denied ? { reason: denied.reason } : {}) });
            // A policy refusal is a finding of its own, naming the policy: the report must say what to ask an exemption of.
            if (denied?.reason === 'policy') {
                const step = { node: entry.node, resource: entry.resource, api: entry.api, detail };
                denials.push({
                    ruleId: (0,rules/* ruleWith */.xh)('reportsApplyDenials').meta.id,
                    draft: (0,clouds/* deniedAtApply */.VG)(denied.policy ?? (0,clouds/* unnamedDenial */.Yb)(entry.provider), step),
                });
            }
        }
    }
    return outcomes;
}
function describe(entry) {
    return {
        action: entry.action,
        ruleId: entry.ruleId,
        node: entry.node,
        resource: entry.resource,
        fingerprint: entry.fingerprint,
    };
}
/**
 * Check, plan, and with `apply` carry the plan out on the live cloud, then check again: the report shows the
 * state after, the summary before, and every step's outcome. A fix that did not take is an error.
 */
async function runWithFixes(options, fix, log) {
    if (fix.mode === 'apply' && !options.live)
        throw new errors/* UserError */.yo('--fix apply needs --live: fixes are applied to the cloud the live cluster runs on');
    const before = await (0,check/* runCheck */.k_)(options);
    const plan = buildPlan(before.report.findings, fix);
    if (fix.planScript) {
        await (0,write/* writeFileSafely */.k)(fix.planScript, planScript(plan), {
            label: '--plan-script',
            roots: options.files ?? roots/* UNCONFINED */.S1,
            mode: 0o755,
        });
    }
    if (fix.mode === 'plan')
        return { ...before, report: { ...before.report, plan } };
    const changes = plan.filter((step) => step.applies).reduce((sum, step) => sum + step.actions.length, 0);
    if (changes > fix.maxChanges && !fix.force) {
        throw new errors/* UserError */.yo(`the plan has ${changes} changes, more than --max-changes ${fix.maxChanges}: review it with --fix plan, then raise the limit or pass --force`);
    }
    const denials = [];
    const outcomes = await applyPlan(plan, options, log, denials);
    if (outcomes.length === 0)
        return { ...before, report: { ...before.report, plan, fixResults: [] } };
    const after = await (0,check/* runCheck */.k_)(options, denials);
    const remaining = new Set(after.report.findings.map((finding) => finding.fingerprint));
    const checked = outcomes.map((outcome) => outcome.status === 'applied' && remaining.has(outcome.fingerprint)
        ? {
            ...outcome,
            status: 'did-not-take',
            detail: `${outcome.detail}; the re-check still finds the problem`,
        }
        : outcome);
    const failed = checked.filter((outcome) => outcome.status !== 'applied').length;
    const report = {
        ...after.report,
        plan,
        fixResults: checked,
        before: before.report.summary,
        summary: { ...after.report.summary, passed: after.report.summary.passed && failed === 0 },
    };
    return { ...after, report };
}


/***/ }),

/***/ 42563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* reexport */ ACTION_NAMES),
  nY: () => (/* reexport */ AZURE_ENVIRONMENTS),
  zY: () => (/* reexport */ defaults/* DEFAULTS */.z),
  d$: () => (/* reexport */ FAIL_ON),
  we: () => (/* reexport */ RawReader),
  E6: () => (/* binding */ buildSettings),
  jW: () => (/* reexport */ cliNames),
  ee: () => (/* binding */ fileRoots),
  P$: () => (/* reexport */ parseSettings),
  $i: () => (/* binding */ resolveOptions)
});

// UNUSED EXPORTS: FIX_MODES, FIX_SCOPES

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./lib/io/roots.js
var io_roots = __nccwpck_require__(34849);
// EXTERNAL MODULE: ./lib/engine/baseline.js
var baseline = __nccwpck_require__(50263);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/io/read.js
var read = __nccwpck_require__(2722);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __nccwpck_require__(32798);
// EXTERNAL MODULE: ./lib/sources/document.js + 2 modules
var sources_document = __nccwpck_require__(51625);
// EXTERNAL MODULE: ./lib/sources/schema-error.js
var schema_error = __nccwpck_require__(92076);
;// CONCATENATED MODULE: ./lib/engine/config-file.schema.json
const config_file_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"hostgw-preflight configuration (.hostgw-preflight.yml)","type":"object","additionalProperties":false,"properties":{"provider":{"enum":["aws","gce","azure","vsphere","baremetal"]},"clusterCIDRs":{"type":"array","items":{"type":"string"}},"failOn":{"enum":["error","warning","note","never"]},"strict":{"type":"boolean"},"severity":{"description":"Per-rule severity overrides.","type":"object","additionalProperties":{"enum":["error","warning","note"]}},"ignore":{"type":"array","items":{"type":"object","required":["rule","reason"],"additionalProperties":false,"properties":{"rule":{"type":"string"},"target":{"type":"string","description":"Node name or resource, * wildcards allowed."},"reason":{"type":"string","minLength":1}}}}}}');
// EXTERNAL MODULE: ./lib/engine/settings/defaults.js
var defaults = __nccwpck_require__(33954);
// EXTERNAL MODULE: ./lib/engine/suppress.js
var suppress = __nccwpck_require__(93423);
;// CONCATENATED MODULE: ./lib/engine/config-file.js










/**
 * Reads --config, or .hostgw-preflight.yml in the working directory when it exists (a link counts as existing,
 * even a dangling one: it is refused or reported, never silently ignored).
 */
async function loadConfig(explicit, roots = io_roots/* UNCONFINED */.S1) {
    const file = explicit ??
        (await (0,promises_.lstat)(defaults/* DEFAULTS */.z.config).then(() => defaults/* DEFAULTS */.z.config, () => undefined));
    if (!file)
        return { config: {}, suppressions: [] };
    await (0,read/* checkTrustedFile */.w)(file, 'the configuration file', roots);
    const document = await sources_document/* SourceDocument */.N.load(file);
    const value = document.values[0] ?? {};
    const { default: Ajv } = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 42463, 19));
    const check = new Ajv.default({ strict: true }).compile(config_file_schema_namespaceObject);
    if (!check(value)) {
        throw (0,schema_error/* schemaError */.g)(check.errors[0], document, 0, 'configuration');
    }
    for (const rule of Object.keys(value.severity ?? {})) {
        if (!rules/* RULE_IDS */.Iu.has(rule))
            throw new errors/* UserError */.yo(`severity: unknown rule "${rule}"`, file);
    }
    const suppressions = (value.ignore ?? []).map((entry) => (0,suppress/* validate */.tf)({ ...entry, from: file }));
    return { file, config: value, suppressions };
}

// EXTERNAL MODULE: ./lib/model/cidr.js
var cidr = __nccwpck_require__(1359);
// EXTERNAL MODULE: ./lib/model/provider.js
var model_provider = __nccwpck_require__(42896);
// EXTERNAL MODULE: ./lib/report/types.js
var types = __nccwpck_require__(50603);
// EXTERNAL MODULE: ./lib/model/finding.js
var finding = __nccwpck_require__(65268);
// EXTERNAL MODULE: ./lib/sources/live/credentials.js
var credentials = __nccwpck_require__(5031);
// EXTERNAL MODULE: ./lib/sources/terraform/select.js
var terraform_select = __nccwpck_require__(5885);
;// CONCATENATED MODULE: ./lib/engine/settings/raw.js

/** Typed reads of raw values: each rejects a bad value with one line naming the option as its user wrote it. */
class RawReader {
    values;
    names;
    constructor(values, names) {
        this.values = values;
        this.names = names;
    }
    fail(option, value, problem) {
        throw new errors/* UserError */.yo(this.names.invalid(option, value, problem));
    }
    one(option) {
        const value = this.values[option];
        // A list given for a single value (a repeated input line): the last one wins, as with repeated flags.
        return Array.isArray(value) ? value.at(-1) : value;
    }
    given(option) {
        return this.one(option) !== undefined;
    }
    text(option) {
        const value = this.one(option);
        return typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
    }
    list(option) {
        const value = this.values[option];
        if (value === undefined)
            return [];
        return typeof value === 'string' ? [value] : Array.isArray(value) ? value : [String(value)];
    }
    choice(option, allowed) {
        const value = this.text(option);
        if (value !== undefined && !allowed.includes(value))
            this.fail(option, value, { kind: 'choice', allowed });
        return value;
    }
    bool(option) {
        const value = this.one(option);
        if (value === undefined || typeof value === 'boolean')
            return value;
        if (/^(true|yes|on)$/i.test(value))
            return true;
        if (/^(false|no|off)$/i.test(value))
            return false;
        return this.fail(option, value, { kind: 'boolean' });
    }
    count(option) {
        const value = this.text(option);
        if (value === undefined)
            return undefined;
        if (!/^\d+$/.test(value))
            this.fail(option, value, { kind: 'count' });
        return Number(value);
    }
    seconds(option) {
        const value = this.text(option);
        if (value === undefined)
            return undefined;
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds <= 0)
            this.fail(option, value, { kind: 'seconds' });
        return seconds;
    }
    /** Each item of a list, checked by `check`, which returns what is wrong with it, if anything. */
    items(option, check) {
        const items = this.list(option);
        for (const item of items) {
            const problem = check(item);
            if (problem)
                this.fail(option, item, problem);
        }
        return items;
    }
}

;// CONCATENATED MODULE: ./lib/engine/settings/parse.js









const FAIL_ON = [...finding/* SEVERITIES */.o, 'never'];
const AZURE_ENVIRONMENTS = [
    'AzurePublicCloud',
    'AzureChinaCloud',
    'AzureUSGovernment',
];
const FIX_MODES = ['off', 'plan', 'apply'];
const FIX_SCOPES = ['node', 'network'];
/** Given without live mode, these would be silently ignored: refused instead. */
const LIVE_ONLY = ['kubeconfig', 'context', 'save-snapshot'];
const cidrProblem = (value) => ((0,cidr/* parseCidr */.GN)(value) ? undefined : { kind: 'cidr' });
function selectorProblem(value) {
    try {
        (0,terraform_select/* parseNodeSelector */.Pf)(value);
        return undefined;
    }
    catch (error) {
        return { kind: 'message', text: error.message };
    }
}
/** A bad live-mode value is refused even with live mode off, as the CLI always did: a typo is never silent. */
function liveSettings(read, raw, provider) {
    const kubeconfig = read.text('kubeconfig');
    // Often the content of a secret: its credentials are registered now, before any error can quote it. A path is
    // read (and its credentials registered) by the live reader.
    if (kubeconfig && (0,credentials/* looksLikeKubeconfigContent */.SC)(kubeconfig))
        (0,credentials/* registerKubeconfigContent */.U$)(kubeconfig);
    const timeout = read.seconds('timeout') ?? defaults/* DEFAULTS */.z.timeout;
    const azureEnvironment = read.choice('azure-environment', AZURE_ENVIRONMENTS);
    if (!(read.bool('live') ?? defaults/* DEFAULTS */.z.live)) {
        const stray = LIVE_ONLY.find((option) => read.given(option));
        if (stray)
            throw new errors/* UserError */.yo(raw.names.needsLive(stray));
        return undefined;
    }
    return {
        kubeconfig,
        context: read.text('context'),
        provider,
        awsRegion: read.text('aws-region'),
        awsEndpoint: read.text('aws-endpoint'),
        gcpProject: read.text('gcp-project'),
        gcpEndpoint: read.text('gcp-endpoint'),
        azureSubscription: read.text('azure-subscription'),
        azureEndpoint: read.text('azure-endpoint'),
        azureEnvironment,
        timeoutMs: timeout * 1000,
        log: raw.log,
    };
}
/** Nothing changes unless apply is asked for; a plan script alone asks for the plan. */
function fixSettings(read) {
    const asked = read.choice('fix', FIX_MODES) ?? defaults/* DEFAULTS */.z.fix;
    const fixScope = read.choice('fix-scope', FIX_SCOPES) ?? defaults/* DEFAULTS */.z['fix-scope'];
    const prune = read.bool('prune') ?? defaults/* DEFAULTS */.z.prune;
    const maxChanges = read.count('max-changes') ?? defaults/* DEFAULTS */.z['max-changes'];
    const force = read.bool('force') ?? defaults/* DEFAULTS */.z.force;
    const planScript = read.text('plan-script');
    if (asked === 'off' && planScript === undefined)
        return undefined;
    const mode = asked === 'off' ? 'plan' : asked;
    return { mode, fixScope, prune, maxChanges, force: asked !== 'off' && force, planScript };
}
/**
 * Validates what the user said, on the command line or in the Action's inputs, with one message naming the option
 * as they wrote it. Defaults come from DEFAULTS; the configuration file is merged in later, by resolveOptions.
 */
function parseSettings(raw) {
    const read = new RawReader(raw.values, raw.names);
    const clusterCidrs = read.items('cluster-cidr', cidrProblem);
    const nodeSelectors = read.items('node-selector', selectorProblem);
    const provider = read.choice('provider', model_provider/* PROVIDERS */.x);
    const live = liveSettings(read, raw, provider);
    const run = {
        paths: raw.paths,
        provider,
        clusterCidrs,
        nodeSelectors,
        ignore: read.list('ignore'),
        config: read.text('config'),
        strict: read.bool('strict'),
        failOn: read.choice('fail-on', FAIL_ON),
        severity: read.choice('severity', finding/* SEVERITIES */.o),
        baseline: read.text('baseline'),
        cluster: read.text('cluster-name'),
        live,
        saveSnapshot: read.text('save-snapshot'),
        names: raw.names,
        environment: raw.environment,
    };
    const fix = fixSettings(read);
    const format = read.choice('format', types/* FORMATS */.h) ?? defaults/* DEFAULTS */.z.format;
    if (raw.paths.length === 0 && !live)
        throw new errors/* UserError */.yo(raw.names.noPaths);
    return { run, fix, format };
}

;// CONCATENATED MODULE: ./lib/engine/settings/names.js
/**
 * How messages name a setting, in the words of where it was given: `--max-changes` on the command line,
 * `input "max-changes"` in the Action. The builder knows what is wrong; these say it the way each user wrote it.
 */
/**
 * Command-line naming. `flags` gives an option's full spelling ("-f, --format <format>"); the lines match those
 * commander prints for its own usage errors, so every bad argument reads alike.
 */
function cliNames(flags = (option) => `--${option}`) {
    const reason = (problem) => {
        switch (problem.kind) {
            case 'choice':
                return `expected one of ${problem.allowed.join(', ')}`;
            case 'count':
                return 'expected a whole number';
            case 'seconds':
                return 'expected a number of seconds';
            case 'cidr':
                return 'not a valid CIDR';
            case 'boolean':
                return 'expected true or false';
            case 'message':
                return problem.text;
        }
    };
    return {
        name: (option) => `--${option}`,
        invalid: (option, value, problem) => `option '${flags(option)}' argument '${value}' is invalid. ${reason(problem)}`,
        needsLive: (option) => `--${option} needs --live`,
        noPaths: 'give files or folders to check, or --live to read the running cluster',
    };
}
/** Action naming: inputs as they appear in a workflow's `with:`. */
const ACTION_NAMES = {
    name: (option) => `input "${option}"`,
    invalid: (option, value, problem) => {
        const quoted = `"${value}"`;
        switch (problem.kind) {
            case 'choice':
                return `input "${option}": ${quoted} is not one of ${problem.allowed.join(', ')}`;
            case 'count':
                return `input "${option}": ${quoted} is not a whole number`;
            case 'seconds':
                return `input "${option}": ${quoted} is not a number of seconds`;
            case 'cidr':
                return `input "${option}": ${quoted} is not a valid CIDR`;
            case 'boolean':
                return `input "${option}": ${quoted} is not true or false`;
            case 'message':
                return `input "${option}": ${problem.text}`;
        }
    },
    needsLive: (option) => `input "${option}" is only used with "live: true"`,
    noPaths: 'input "path": give at least one file, folder or glob, or set "live: true"',
};

;// CONCATENATED MODULE: ./lib/engine/settings.js











/**
 * The one place that decides which runs are confined. The Action always runs on a runner over a checkout a fork
 * may control; so does the CLI in a workflow's `run:` step (GITHUB_ACTIONS=true), which is just as exposed. Both
 * write, and follow links, only inside GITHUB_WORKSPACE and RUNNER_TEMP (the working directory and the system temp
 * folder when the runner did not set them). Anywhere else the CLI runs in its user's own shell and writes where
 * it is told, still never through a symbolic link.
 */
async function fileRoots(environment) {
    if (!environment || (!environment.action && environment.env.GITHUB_ACTIONS !== 'true'))
        return io_roots/* UNCONFINED */.S1;
    const { env } = environment;
    return await (0,io_roots/* confinedTo */.OQ)(env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
}
/** Settings given explicitly win over the configuration file, which wins over the defaults. */
async function resolveOptions(settings) {
    const files = await fileRoots(settings.environment);
    const { file, config, suppressions } = await loadConfig(settings.config, files);
    const sourceOf = (explicit, inFile, name) => explicit !== undefined ? settings.names.name(name) : inFile !== undefined ? file : undefined;
    return {
        paths: settings.paths,
        provider: settings.provider ?? config.provider,
        clusterCidrs: [...(config.clusterCIDRs ?? []), ...settings.clusterCidrs],
        strict: settings.strict ?? config.strict ?? defaults/* DEFAULTS */.z.strict,
        failOn: settings.failOn ?? config.failOn ?? defaults/* DEFAULTS */.z['fail-on'],
        minSeverity: settings.severity ?? defaults/* DEFAULTS */.z.severity,
        suppressions: [...suppressions, ...settings.ignore.map((text) => (0,suppress/* parseIgnore */.wo)(text, settings.names.name('ignore')))],
        severities: config.severity ?? {},
        baseline: settings.baseline ? await (0,baseline/* readBaseline */.mF)(settings.baseline, files) : undefined,
        cluster: settings.cluster,
        live: settings.live,
        saveSnapshot: settings.saveSnapshot,
        nodeSelectors: settings.nodeSelectors,
        files,
        settingSources: {
            config: file,
            baseline: settings.baseline,
            strict: sourceOf(settings.strict, config.strict, 'strict'),
            failOn: sourceOf(settings.failOn, config.failOn, 'fail-on'),
        },
    };
}
/** The one builder both shells call: validates what the user said, then merges in the configuration file. */
async function buildSettings(raw) {
    const { run, fix, format } = parseSettings(raw);
    return { check: await resolveOptions(run), fix, format };
}


/***/ }),

/***/ 33954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/**
 * Every default of a setting, in one place. The CLI help quotes these, both shells fall back to them, and
 * action.yml repeats them as its inputs' `default:` (a test keeps the two equal: the runner passes action.yml's
 * value, so a difference would make the CLI and the Action disagree).
 */
const DEFAULTS = {
    /** The Action's default input: everything in the checkout. The CLI has no default path. */
    path: '.',
    format: 'text',
    severity: 'note',
    'fail-on': 'error',
    strict: false,
    /** Read when present and no configuration file is named. */
    config: '.hostgw-preflight.yml',
    live: false,
    /** Seconds for all API calls in live mode. */
    timeout: 300,
    fix: 'off',
    'fix-scope': 'node',
    prune: false,
    'max-changes': 50,
    force: false,
    /** The Action's name for an unnamed cluster: it keeps the sticky comment and drift issue of one cluster apart. */
    'cluster-name': 'default',
    annotations: true,
    comment: 'off',
    'drift-issue': 'off',
};


/***/ }),

/***/ 93423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ suppressor),
/* harmony export */   tf: () => (/* binding */ validate),
/* harmony export */   wo: () => (/* binding */ parseIgnore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _model_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(53523);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(32798);



/** "route-stale" or "route-stale:old-route-*" as given to --ignore. */
function parseIgnore(text, from) {
    const colon = text.indexOf(':');
    const rule = (colon < 0 ? text : text.slice(0, colon)).trim();
    const target = colon < 0 ? undefined : text.slice(colon + 1).trim() || undefined;
    return validate({ rule, target, from });
}
function validate(suppression) {
    if (!_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.has(suppression.rule)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${suppression.from}: unknown rule "${suppression.rule}". Rules: ${[..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu].join(', ')}`);
    }
    return suppression;
}
function suppressor(suppressions) {
    const compiled = suppressions.map((s) => ({ rule: s.rule, target: s.target ? (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compileGlob */ .S)(s.target) : undefined }));
    return (finding) => compiled.some((s) => s.rule === finding.ruleId &&
        (!s.target ||
            (finding.node !== undefined && s.target.matches(finding.node)) ||
            (finding.resource !== undefined && s.target.matches(finding.resource))));
}


/***/ }),

/***/ 56346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** Kept in step with package.json by the build (scripts/build.mjs checks it). */
const TOOL = {
    name: 'hostgw-preflight',
    version: '0.1.0',
    informationUri: 'https://github.com/hostgw-preflight/hostgw-preflight',
};


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ EXIT_BUG),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6796);

/**
 * A problem with what the user gave us (arguments, files, values): reported as one line, exit code 2,
 * never with a stack trace. Anything else that escapes is a bug and is reported as such.
 */
class UserError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        // A server may echo a credential into what we quote of its answer: never carry it, not even in `message`.
        super((0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(message));
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'UserError';
    }
    /** "file:line:col: message", the shape editors and GitHub problem matchers understand. */
    format() {
        // User strings end up in messages (rule names, values): one line, whatever they contain.
        // Redacted again: a credential registered after the error was made (a later, echoed one) is taken out too.
        const message = (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(this.message).replace(/[\u0000-\u001f\u007f]/g, (c) => c === '\n' ? '\\n' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
        if (this.file === undefined)
            return message;
        const position = this.line === undefined ? '' : `:${this.line}${this.column === undefined ? '' : `:${this.column}`}`;
        return `${(0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(this.file)}${position}: ${message}`;
    }
}
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** Distinct from user errors so a CI log tells "your config is wrong" from "the tool broke". */
const EXIT_BUG = 3;


/***/ }),

/***/ 2722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ checkTrustedFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
/* harmony import */ var _roots_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(34849);



/**
 * The configuration file and the baseline decide what the gate accepts: in a confined run they are read only
 * from a regular file inside the workspace, never through a link leading elsewhere (a symlinked
 * .hostgw-preflight.yml pointing at /etc/passwd is not read). A FIFO or a device is refused everywhere: reading one
 * would hang or never end. `what` names the file's role in the error: "the configuration file".
 */
async function checkTrustedFile(file, what, roots) {
    // A missing file (or a dangling link) is left to the reader, which reports it as it always has.
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file).catch(() => undefined);
    if (real === undefined)
        return;
    const workspace = roots.confined?.workspace;
    if (workspace !== undefined && !(0,_roots_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(real, workspace)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} leads outside the workspace (to ${real}): refusing to read it`, file);
    }
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} is not a regular file`, file);
}


/***/ }),

/***/ 34849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ OUTSIDE_ROOTS),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   OQ: () => (/* binding */ confinedTo),
/* harmony export */   S1: () => (/* binding */ UNCONFINED),
/* harmony export */   TQ: () => (/* binding */ allowed),
/* harmony export */   Yw: () => (/* binding */ namedInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);


const UNCONFINED = {};
const OUTSIDE_ROOTS = 'outside GITHUB_WORKSPACE and RUNNER_TEMP';
/** A folder that does not exist (yet) stands for itself: the runner creates RUNNER_TEMP, a test may not. */
async function real(folder) {
    return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(folder).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder));
}
async function confinedTo(workspace, temp) {
    return {
        confined: { workspace: await real(workspace), temp: await real(temp), named: [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(temp)] },
    };
}
/** True when `path` (absolute) is `root` or lies below it. */
function isInside(path, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** True when a real path lies in the workspace, RUNNER_TEMP or one of `more`; always true when unconfined. */
function allowed(realPath, roots, more = []) {
    const { confined } = roots;
    if (!confined)
        return true;
    return [confined.workspace, confined.temp, ...more].some((root) => isInside(realPath, root));
}
/** True when a path lies in the roots as named or as resolved, before following any link of its own. */
function namedInside(path, roots) {
    const { confined } = roots;
    if (!confined)
        return false;
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    return [confined.workspace, confined.temp, ...confined.named].some((root) => isInside(absolute, root));
}


/***/ }),

/***/ 73658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ neutraliseWorkflowCommands)
/* harmony export */ });
/*
 * The runner reads every line a step writes to stdout or stderr as a possible workflow command
 * (actions/runner: ProcessInvoker reads with StreamReader.ReadLine, so LF, CR and CRLF all end a line;
 * ActionCommand.TryParseV2 takes a line that starts with `::` once leading whitespace is trimmed;
 * the legacy ActionCommand.TryParse takes `##[` anywhere in a line). Names, file names and messages in our
 * output come from the pull request, so every plain line the Action prints, and the CLI's output in a
 * workflow step, goes through here.
 *
 * Not through here: annotations, groups, masks and setFailed are written by @actions/core's issueCommand,
 * whose escapeData turns %, CR and LF of the message into %25, %0D, %0A (one line, data after our own `::`),
 * and whose escapeProperty also escapes `:` and `,`, so a title or file cannot end the properties early.
 */
/** Invisible, and not whitespace to the runner's TrimStart: splits `::` and `##[` so neither is seen. */
const BREAK = '\u200b';
/**
 * Leading characters the runner might trim: every whitespace (.NET Char.IsWhiteSpace is a subset of \s, NEL,
 * \p{Z}) plus control and format characters, so a character we do not count cannot hide a command start.
 */
const COMMAND_START = /^([\s\u0085\p{Z}\p{Cc}\p{Cf}]*):(?=:)/u;
const LEGACY_PREFIX = /##\[/g;
const LINE_ENDS = /(\r\n|\r|\n)/;
function neutraliseLine(line) {
    return line.replace(COMMAND_START, `$1:${BREAK}`).replace(LEGACY_PREFIX, `##${BREAK}[`);
}
/**
 * Text that no runner reads as a workflow command: `::` at the start of a line (after any whitespace) and
 * `##[` anywhere get a zero-width space inside. Line ends are kept as they were; nothing else changes.
 */
function neutraliseWorkflowCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    // split with a capturing group alternates lines and their line ends: only the lines are rewritten.
    return text
        .split(LINE_ENDS)
        .map((part, index) => (index % 2 === 0 ? neutraliseLine(part) : part))
        .join('');
}


/***/ }),

/***/ 78591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ writeFileSafely)
/* harmony export */ });
/* unused harmony export THROUGH_LINK */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(452);
/* harmony import */ var _roots_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(34849);






const THROUGH_LINK = 'refusing to write through a symbolic link';
/** A reason to refuse, as opposed to an error from the file system. */
class Refusal extends Error {
}
/**
 * Creates the missing folders of `folder` one at a time under the real path of the deepest existing one, and
 * returns the real path of `folder`. Checking the existing part first means no folder is ever created through a
 * link that leads outside the roots (mkdir -p would create it at the link's target).
 */
async function realFolder(folder, roots, create) {
    const missing = [];
    let existing = folder;
    let real;
    for (;;) {
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(existing);
            break;
        }
        catch (error) {
            // A dangling link also gives ENOENT: it is then "missing", and creating it below fails with EEXIST.
            if (error.code !== 'ENOENT' || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(existing) === existing)
                throw error;
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(existing));
            existing = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(existing);
        }
    }
    if (!(0,_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .allowed */ .TQ)(real, roots))
        throw new Refusal(`${_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .OUTSIDE_ROOTS */ .Cn} (it leads to ${real})`);
    if (missing.length > 0 && !create)
        throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
    for (const name of missing) {
        real = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(real, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(real).catch(async (error) => {
            if (error.code !== 'EEXIST')
                throw error;
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(real);
            if (info.isSymbolicLink())
                throw new Refusal(THROUGH_LINK);
            if (!info.isDirectory())
                throw error;
        });
    }
    return real;
}
/** Writes a temporary file beside the target and renames it over: a rename replaces a link, never writes through it. */
async function replace(target, text, mode) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.hostgw-preflight-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
    // O_EXCL and O_NOFOLLOW: a link planted under the temporary name is never followed.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), mode);
    try {
        try {
            await handle.writeFile(text);
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/**
 * The one way the tool writes a file: never through a symbolic link (the file itself, or a parent folder leading
 * outside the roots of a confined run), an existing file replaced atomically. Errors are one line naming the
 * flag or input, the path and why.
 */
async function writeFileSafely(file, text, target) {
    try {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(file);
        const final = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(await realFolder((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), target.roots, target.createFolders ?? false), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path));
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(final).catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (existing?.isSymbolicLink())
            throw new Refusal(THROUGH_LINK);
        if (existing?.isDirectory())
            throw new Refusal('EISDIR');
        if (existing && !existing.isFile())
            throw new Refusal('not a regular file');
        await replace(final, text, target.mode ?? 0o666);
    }
    catch (error) {
        const why = error instanceof Refusal ? error.message : (error.code ?? error.message);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${target.label}: cannot write ${file}: ${why}`);
    }
}


/***/ }),

/***/ 50910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ CidrIndex)
/* harmony export */ });
/* harmony import */ var _cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1359);

/** The answer "no entries", shared: most look-ups by pod CIDR get it. */
const NONE = Object.freeze([]);
/** BigInt shift amounts by number of host bits, made once for all probes. */
const SHIFTS = Array.from({ length: 129 }, (_, bits) => BigInt(bits));
/**
 * The block of `prefix` bits that contains `cidr`, as its key among the blocks of that length: the network address
 * as a number for IPv4, the top `prefix` bits as a BigInt for IPv6. Probing is the hot loop of route analysis (pod
 * CIDRs × scopes × prefix lengths): see docs/performance.md for why IPv4 keys are numbers.
 */
function blockKey(cidr, prefix) {
    return cidr.family === 4 ? (0,_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .ipv4Network */ .oH)(Number(cidr.start), prefix) : cidr.start >> SHIFTS[128 - prefix];
}
/**
 * Longest-prefix match over a set of blocks (IPv4 and IPv6). Covering routes are found by probing only the prefix
 * lengths that occur in the set; routes inside a block by binary search over routes sorted by start address.
 */
class CidrIndex {
    entries;
    /**
     * Per family and prefix length, the entries by block key: the entry itself when it is alone in its block (nearly
     * always), a list only for the rare shared block (docs/performance.md).
     */
    byLength = { 4: new Map(), 6: new Map() };
    lengths = { 4: [], 6: [] };
    /** Entries by start address, sorted on first use: route look-ups by pod CIDR mostly never need them. */
    sortedByFamily;
    /** Whether two entries have the same block. */
    duplicates = false;
    constructor(entries) {
        this.entries = entries;
        for (const route of entries) {
            const { family, prefix } = route.dest;
            let blocks = this.byLength[family].get(prefix);
            if (!blocks)
                this.byLength[family].set(prefix, (blocks = new Map()));
            const key = blockKey(route.dest, prefix);
            const held = blocks.get(key);
            if (held === undefined)
                blocks.set(key, route);
            else {
                if (Array.isArray(held))
                    held.push(route);
                else
                    blocks.set(key, [held, route]);
                this.duplicates = true;
            }
        }
        for (const family of [4, 6])
            this.lengths[family] = [...this.byLength[family].keys()].sort((a, b) => b - a);
    }
    get sorted() {
        if (!this.sortedByFamily) {
            const byStart = (a, b) => a.dest.start < b.dest.start ? -1 : a.dest.start > b.dest.start ? 1 : a.dest.prefix - b.dest.prefix;
            this.sortedByFamily = {
                4: this.entries.filter((entry) => entry.dest.family === 4).sort(byStart),
                6: this.entries.filter((entry) => entry.dest.family === 6).sort(byStart),
            };
        }
        return this.sortedByFamily;
    }
    /** The entries whose block is the one of `length` bits containing `cidr`. */
    at(cidr, length) {
        const held = this.byLength[cidr.family].get(length)?.get(blockKey(cidr, length));
        return held === undefined || Array.isArray(held) ? held : [held];
    }
    /** Whether some entry's block is the one of `length` bits containing `cidr`, without a list for the answer. */
    has(cidr, length) {
        return this.byLength[cidr.family].get(length)?.has(blockKey(cidr, length)) === true;
    }
    /**
     * The routes that carry traffic for `cidr` as a whole: those with the longest destination containing it, then
     * the lowest priority value among them (GCE); several remain when the cloud spreads traffic over them (ECMP).
     */
    winners(cidr) {
        const lengths = this.lengths[cidr.family];
        for (let i = 0; i < lengths.length; i++) {
            const length = lengths[i];
            if (length > cidr.prefix)
                continue;
            const candidates = this.at(cidr, length);
            if (!candidates)
                continue;
            if (candidates.length === 1)
                return candidates;
            const best = candidates.reduce((min, route) => Math.min(min, route.priority ?? 0), Infinity);
            return candidates.filter((route) => (route.priority ?? 0) === best);
        }
        return NONE;
    }
    /** Every route containing `cidr`, most specific first. */
    covering(cidr) {
        const result = [];
        for (const length of this.lengths[cidr.family]) {
            if (length > cidr.prefix)
                continue;
            for (const route of this.at(cidr, length) ?? [])
                result.push(route);
        }
        return result;
    }
    /** Routes strictly more specific than `cidr` and inside it: they take part of its traffic elsewhere. */
    inside(cidr) {
        // Pod CIDRs are usually the most specific blocks there are: then nothing can be inside, no search needed.
        if ((this.lengths[cidr.family][0] ?? -1) <= cidr.prefix)
            return NONE;
        const result = [];
        const list = this.sorted[cidr.family];
        for (let i = this.firstFrom(cidr); i < list.length && list[i].dest.start <= cidr.end; i++) {
            if (list[i].dest.prefix > cidr.prefix)
                result.push(list[i]);
        }
        return result;
    }
    /** Whether any entry covers `cidr` or lies inside it: covering(cidr) or inside(cidr) non-empty, without the lists. */
    intersects(cidr) {
        const lengths = this.lengths[cidr.family];
        for (let i = 0; i < lengths.length; i++) {
            if (lengths[i] <= cidr.prefix && this.has(cidr, lengths[i]))
                return true;
        }
        // No entry is more specific than `cidr` (a route against pod CIDRs of its own length): one overlapping it would
        // contain it and have been found above, so the sorted list need not be built.
        if ((lengths[0] ?? -1) <= cidr.prefix)
            return false;
        // An entry starting inside `cidr` is inside it or, aligned to the same start, covers it.
        const list = this.sorted[cidr.family];
        const first = this.firstFrom(cidr);
        return first < list.length && list[first].dest.start <= cidr.end;
    }
    /**
     * Whether any two entries overlap. Blocks are nested or disjoint, so an overlap is two entries with the same block
     * or an entry whose block of some shorter length holds another entry: a few map probes per entry, no sorting. Pod
     * CIDRs usually have one length per family, and then there is nothing to probe.
     */
    hasOverlaps() {
        if (this.duplicates)
            return true;
        for (let i = 0; i < this.entries.length; i++) {
            const dest = this.entries[i].dest;
            const lengths = this.lengths[dest.family];
            // Lengths run longest first: those shorter than the entry's own are at the end.
            for (let k = lengths.length - 1; k >= 0 && lengths[k] < dest.prefix; k--) {
                if (this.has(dest, lengths[k]))
                    return true;
            }
        }
        return false;
    }
    /** Index of the first entry (of cidr's family) that starts at or after cidr's start. */
    firstFrom(cidr) {
        const list = this.sorted[cidr.family];
        let low = 0;
        let high = list.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (list[mid].dest.start < cidr.start)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}


/***/ }),

/***/ 1359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   IZ: () => (/* binding */ canonicalIp),
/* harmony export */   Mr: () => (/* binding */ ipFamily),
/* harmony export */   Rl: () => (/* binding */ supernet),
/* harmony export */   Tv: () => (/* binding */ containsIp),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   oH: () => (/* binding */ ipv4Network),
/* harmony export */   z_: () => (/* binding */ compareCidrs)
/* harmony export */ });
/* unused harmony exports hostCidr, size */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48280);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(64963);


/*
 * Parsing has one fast path, kept because the benchmark shows it (docs/performance.md): text already canonical, as
 * Kubernetes and the clouds print it, is read without ipaddr.js (IPv4 by a pattern, IPv6 by the URL parser's
 * verdict), every other spelling goes to ipaddr.js, and what is not canonical IPv4 is remembered per text. The
 * property tests of test/robustness/properties.test.ts hold both paths to one bit-string reference.
 */
/** The value of an address's bytes, read as one hexadecimal number. */
function bytesToBigint(bytes) {
    let hex = '0x';
    for (const b of bytes)
        hex += b < 16 ? `0${b.toString(16)}` : b.toString(16);
    return BigInt(hex);
}
function bigintToText(value, family) {
    const length = family === 4 ? 4 : 16;
    const hex = value.toString(16).padStart(2 * length, '0');
    const bytes = new Array(length);
    for (let i = 0; i < length; i++)
        bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.fromByteArray(bytes).toString();
}
function bits(family) {
    return family === 4 ? 32 : 128;
}
/** Dotted quads already in canonical form (no leading zeros): nearly every address in a dump. */
const CANONICAL_IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/**
 * IPv6 text already in RFC 5952 form, as Kubernetes and the clouds print it, or undefined. The WHATWG URL parser
 * validates it and prints hosts in the same form; only text it leaves unchanged takes this path, so every other
 * spelling (and anything URL syntax could smuggle in) gets ipaddr.js's verdict.
 */
function canonicalIpv6(text) {
    let host;
    try {
        host = new URL(`http://[${text}]/`).hostname;
    }
    catch {
        return undefined;
    }
    return host.length === text.length + 2 && host.slice(1, -1) === text ? text : undefined;
}
/** The 128-bit value of canonical IPv6 text (hexadecimal groups, at most one "::", no dotted quad). */
function ipv6Value(canonical) {
    const gap = canonical.indexOf('::');
    if (gap < 0)
        return BigInt(`0x${groupsHex(canonical)}`);
    const left = gap === 0 ? '' : groupsHex(canonical.slice(0, gap));
    const right = gap + 2 === canonical.length ? '' : groupsHex(canonical.slice(gap + 2));
    return BigInt(`0x${left}${'0'.repeat(32 - left.length - right.length)}${right}`);
}
/** "a:bc:0" -> "000a00bc0000": colon-separated groups as four hexadecimal digits each. */
function groupsHex(groups) {
    let hex = '';
    for (let start = 0;;) {
        const end = groups.indexOf(':', start);
        const group = end < 0 ? groups.slice(start) : groups.slice(start, end);
        hex += '0000'.slice(group.length) + group;
        if (end < 0)
            return hex;
        start = end + 1;
    }
}
/** Host-part masks by number of host bits. */
const HOST_MASKS = Array.from({ length: 129 }, (_, bits) => (1n << BigInt(bits)) - 1n);
/** First and last address of the block of `prefix` bits (of `width`) that holds `value`. */
function blockRange(value, width, prefix) {
    const mask = HOST_MASKS[width - prefix];
    const host = value & mask;
    const start = host === 0n ? value : value - host;
    return { start, end: start + mask };
}
const IPV6_PREFIX = /^(12[0-8]|1[01]\d|[1-9]?\d)$/;
function parseCanonicalIpv6Cidr(text) {
    const slash = text.indexOf('/');
    if (slash < 0 || !text.includes(':'))
        return undefined;
    const address = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    if (!IPV6_PREFIX.test(prefixText) || canonicalIpv6(address) === undefined)
        return undefined;
    const prefix = Number(prefixText);
    const value = ipv6Value(address);
    const { start, end } = blockRange(value, 128, prefix);
    return { text: start === value ? text : `${bigintToText(start, 6)}/${prefix}`, family: 6, prefix, start, end };
}
function parseStrictAddress(text) {
    // Text with a colon is never IPv4, and ipaddr.js's IPv4 check says no to it only by throwing.
    if (text.includes(':')) {
        let v6;
        try {
            v6 = ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv6.parse(text);
        }
        catch {
            return undefined;
        }
        return v6.zoneId === undefined ? v6 : undefined;
    }
    // ipaddr.js also accepts legacy forms such as "10.1" or "0x0a.0.0.1"; the clouds and Kubernetes do not.
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv4.isValidFourPartDecimal(text) ? ipaddr_js__WEBPACK_IMPORTED_MODULE_0__.IPv4.parse(text) : undefined;
}
/** Parses "a.b.c.d/n" or an IPv6 CIDR; undefined when it is not one. */
function parseCidr(text) {
    if (typeof text !== 'string')
        return undefined;
    // Canonical IPv4 blocks are parsed each time, the rest is remembered: see the fast path's note above.
    return parseCanonicalIpv4Cidr(text) ?? parseOtherCidr(text);
}
/** "a.b.c.d/n" with canonical octets and prefix: most blocks in a dump, parsed as 32-bit numbers. */
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const CANONICAL_IPV4_CIDR = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(?:3[0-2]|[12]?\d)$/;
function parseCanonicalIpv4Cidr(text) {
    if (!CANONICAL_IPV4_CIDR.test(text))
        return undefined;
    // The pattern has vouched for the digits: fold them into the address and the prefix.
    let address = 0;
    let part = 0;
    let i = 0;
    for (; text.charCodeAt(i) !== SLASH; i++) {
        const code = text.charCodeAt(i);
        if (code === DOT) {
            address = address * 256 + part;
            part = 0;
        }
        else
            part = part * 10 + (code - ZERO);
    }
    address = address * 256 + part;
    let prefix = 0;
    for (i++; i < text.length; i++)
        prefix = prefix * 10 + (text.charCodeAt(i) - ZERO);
    const start = ipv4Network(address, prefix);
    return ipv4Block(start, prefix, start === address ? text : undefined);
}
/** The IPv4 block starting at `start` (host bits already clear); `text` when the caller holds it canonical already. */
function ipv4Block(start, prefix, text = `${ipv4Text(start)}/${prefix}`) {
    return { text, family: 4, prefix, start: BigInt(start), end: BigInt(start + 2 ** (32 - prefix) - 1) };
}
/** The network address of `address` (an unsigned 32-bit number) for a prefix length: host bits cleared. */
function ipv4Network(address, prefix) {
    return prefix === 0 ? 0 : (address & (-1 << (32 - prefix))) >>> 0;
}
function ipv4Text(value) {
    return `${value >>> 24}.${(value >>> 16) & 0xff}.${(value >>> 8) & 0xff}.${value & 0xff}`;
}
const parseOtherCidr = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoByText */ .H)((text) => parseCanonicalIpv6Cidr(text) ?? parseAnyCidr(text));
function parseAnyCidr(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return undefined;
    const addr = parseStrictAddress(text.slice(0, slash).trim());
    const prefixText = text.slice(slash + 1).trim();
    if (!addr || !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const family = addr.kind() === 'ipv4' ? 4 : 6;
    const prefix = Number(prefixText);
    const width = bits(family);
    if (prefix > width)
        return undefined;
    const value = bytesToBigint(addr.toByteArray());
    const { start, end } = blockRange(value, width, prefix);
    // Without host bits the parsed address already prints canonically (ipaddr.js prints IPv6 as RFC 5952).
    const address = start === value ? addr.toString() : bigintToText(start, family);
    return { text: `${address}/${prefix}`, family, prefix, start, end };
}
/** A single address as a host-length CIDR (/32 or /128). */
function hostCidr(ip) {
    const addr = parseStrictAddress(ip);
    if (!addr)
        return undefined;
    return parseCidr(`${addr.toString()}/${addr.kind() === 'ipv4' ? 32 : 128}`);
}
const canonicalOtherIp = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoByText */ .H)((ip) => ip.includes(':') && canonicalIpv6(ip) !== undefined ? ip : parseStrictAddress(ip.trim())?.toString());
/** Canonical text of an IP address (so "fd00::0001" and "fd00::1" compare equal); undefined when invalid. */
function canonicalIp(ip) {
    if (typeof ip !== 'string')
        return undefined;
    return CANONICAL_IPV4.test(ip) ? ip : canonicalOtherIp(ip);
}
function ipFamily(ip) {
    return ip.includes(':') ? 6 : 4;
}
function contains(outer, inner) {
    return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}
function containsIp(outer, ip) {
    const host = hostCidr(ip);
    return host !== undefined && contains(outer, host);
}
function overlaps(a, b) {
    return a.family === b.family && a.start <= b.end && b.start <= a.end;
}
/** The block of the given (shorter) prefix length that contains `cidr`. */
function supernet(cidr, prefix) {
    if (cidr.family === 4)
        return ipv4Block(ipv4Network(Number(cidr.start), prefix), prefix);
    const { start, end } = blockRange(cidr.start, bits(cidr.family), prefix);
    return { text: `${bigintToText(start, cidr.family)}/${prefix}`, family: cidr.family, prefix, start, end };
}
function compareCidrs(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    if (a.start !== b.start)
        return a.start < b.start ? -1 : 1;
    return a.prefix - b.prefix;
}
/** Number of addresses, for messages ("a /26 of 256 addresses"). */
function size(cidr) {
    return cidr.end - cidr.start + 1n;
}


/***/ }),

/***/ 65268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
const SEVERITIES = ['error', 'warning', 'note'];


/***/ }),

/***/ 53523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ compileGlob)
/* harmony export */ });
/**
 * `*` globs (suppression targets, Terraform node selectors) matched without regular expressions: a glob comes from a
 * file a pull request can change, and as a backtracking RegExp six `*` against a 200-character name ran for minutes.
 * The glob runs as a set of states over the text, O(text × glob) at worst.
 *
 * Semantics are those of the RegExp `^part.*part$` the globs used to compile to: only `*` is special, and it matches
 * any run of characters except line breaks (`.` without the `s` flag), so a name carrying a line break is never
 * matched across it by a wildcard.
 */
const STAR = -1;
function compileGlob(glob) {
    const tokens = tokenize(glob);
    return {
        matches: (text) => run(tokens, text, undefined),
        matchesWithin: (text, separators) => run(tokens, text, separators),
    };
}
/** Character codes, STAR for a run of `*` (several in a row match what one does). */
function tokenize(glob) {
    const tokens = [];
    for (let i = 0; i < glob.length; i++) {
        const code = glob.charCodeAt(i);
        if (code === 0x2a) {
            if (tokens[tokens.length - 1] !== STAR)
                tokens.push(STAR);
        }
        else
            tokens.push(code);
    }
    return Int32Array.from(tokens);
}
function isLineBreak(code) {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
/**
 * state[j] says the first j tokens can match the text read so far. With separators, a match of all tokens followed by
 * a separator opens the "inside" state, which then reads anything but a line break to the end.
 */
function run(tokens, text, separators) {
    const size = tokens.length + 1;
    let current = new Uint8Array(size);
    let next = new Uint8Array(size);
    current[0] = 1;
    close(tokens, current);
    let inside = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const lineBreak = isLineBreak(code);
        inside =
            (inside && !lineBreak) ||
                (separators !== undefined && current[tokens.length] === 1 && separators.includes(text[i]));
        next.fill(0);
        let alive = inside;
        for (let j = 0; j < tokens.length; j++) {
            if (current[j] === 0)
                continue;
            const token = tokens[j];
            const reached = token === STAR ? (lineBreak ? -1 : j) : token === code ? j + 1 : -1;
            if (reached >= 0) {
                next[reached] = 1;
                alive = true;
            }
        }
        if (!alive)
            return false;
        close(tokens, next);
        [current, next] = [next, current];
    }
    return current[tokens.length] === 1 || inside;
}
/** A star can match nothing: reaching it also reaches the token after it. */
function close(tokens, state) {
    for (let j = 0; j < tokens.length; j++)
        if (state[j] === 1 && tokens[j] === STAR)
            state[j + 1] = 1;
}


/***/ }),

/***/ 52586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy)
/* harmony export */ });
/** Items in lists by a key of each, in the order met; items whose key is undefined are left out. */
function groupBy(items, key) {
    const map = new Map();
    for (const item of items) {
        const k = key(item);
        if (k === undefined)
            continue;
        const bucket = map.get(k);
        if (bucket)
            bucket.push(item);
        else
            map.set(k, [item]);
    }
    return map;
}


/***/ }),

/***/ 59200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ azureId),
/* harmony export */   GH: () => (/* binding */ azureInstanceKey),
/* harmony export */   Lp: () => (/* binding */ gcePath),
/* harmony export */   UI: () => (/* binding */ parseInstanceKey),
/* harmony export */   Y2: () => (/* binding */ gceInstancePath),
/* harmony export */   aq: () => (/* binding */ gceInstanceKey),
/* harmony export */   i6: () => (/* binding */ parseProviderId),
/* harmony export */   r6: () => (/* binding */ instanceProvider),
/* harmony export */   rd: () => (/* binding */ gceInstanceKeyFromUrl),
/* harmony export */   yq: () => (/* binding */ awsInstanceKey)
/* harmony export */ });
/* unused harmony export instanceKey */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64963);

function instanceKey(ref) {
    switch (ref.provider) {
        case 'aws':
            return `aws:${ref.instanceId}`;
        case 'gce':
            return `gce:${ref.project}/${ref.zone}/${ref.name}`;
        case 'azure':
            return `azure:${azureId(ref.vmId)}`;
        case 'vsphere':
            return `vsphere:${ref.uuid.toLowerCase()}`;
    }
}
/** The machine a key names, or undefined for anything that is not a key this module built. */
function parseInstanceKey(key) {
    const colon = key?.indexOf(':') ?? -1;
    if (!key || colon < 0)
        return undefined;
    const rest = key.slice(colon + 1);
    switch (key.slice(0, colon)) {
        case 'aws':
            return rest ? { provider: 'aws', instanceId: rest } : undefined;
        case 'gce': {
            const [project, zone, name, extra] = rest.split('/');
            return project && zone && name && extra === undefined ? { provider: 'gce', project, zone, name } : undefined;
        }
        case 'azure':
            return rest ? { provider: 'azure', vmId: rest } : undefined;
        case 'vsphere':
            return rest ? { provider: 'vsphere', uuid: rest } : undefined;
        default:
            return undefined;
    }
}
/** The provider of a key's machine: "aws:i-0abc" → aws. */
function instanceProvider(key) {
    return parseInstanceKey(key)?.provider;
}
function awsInstanceKey(instanceId) {
    return instanceKey({ provider: 'aws', instanceId });
}
function gceInstanceKey(project, zone, name) {
    return instanceKey({ provider: 'gce', project, zone, name });
}
/** Azure resource ids are case-insensitive, and providerIDs spell `resourcegroups` in lower case. */
function azureId(id) {
    return id.toLowerCase();
}
function azureInstanceKey(vmId) {
    return instanceKey({ provider: 'azure', vmId });
}
/** "projects/p/zones/z/instances/n": the instance path GCE APIs and gcloud take. */
function gceInstancePath(ref) {
    return `projects/${ref.project}/zones/${ref.zone}/instances/${ref.name}`;
}
/** "https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/n" -> "projects/p/zones/z/instances/n". */
function gcePath(url) {
    const at = url.indexOf('projects/');
    return at >= 0 ? url.slice(at) : url;
}
/** The instance key of an instance URL (its selfLink, a route's nextHopInstance), or undefined for another URL. */
// Remembered per URL: every node's instance and every route to it name the same few thousand URLs.
const gceInstanceKeyFromUrl = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoByText */ .H)((url) => {
    const match = /projects\/([^/]+)\/zones\/([^/]+)\/instances\/([^/]+)$/.exec(gcePath(url));
    return match ? gceInstanceKey(match[1], match[2], match[3]) : undefined;
});
function withRef(ref, extra = {}) {
    return { provider: ref.provider, instanceKey: instanceKey(ref), ref, ...extra };
}
/** A Kubernetes node's spec.providerID, read the way each cloud's controller manager writes it. */
function parseProviderId(providerId) {
    const scheme = /^([a-z0-9-]+):\/\/(.*)$/i.exec(providerId);
    if (!scheme)
        return {};
    const rest = scheme[2];
    switch (scheme[1].toLowerCase()) {
        case 'aws': {
            const parts = rest.replace(/^\/+/, '').split('/');
            const id = parts.pop() ?? '';
            const zone = parts.length > 0 ? parts.pop() || undefined : undefined;
            return /^i-[0-9a-f]+$/.test(id)
                ? withRef({ provider: 'aws', instanceId: id }, { zone })
                : { provider: 'aws', zone };
        }
        case 'gce': {
            const [project, zone, name] = rest.split('/');
            return project && zone && name ? withRef({ provider: 'gce', project, zone, name }) : { provider: 'gce' };
        }
        case 'azure': {
            const path = rest.replace(/^\/*/, '/');
            return /^\/subscriptions\//i.test(path) ? withRef({ provider: 'azure', vmId: path }) : { provider: 'azure' };
        }
        case 'vsphere':
            return withRef({ provider: 'vsphere', uuid: rest.replace(/^\/*/, '') });
        default:
            return {};
    }
}


/***/ }),

/***/ 64963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ memoByText)
/* harmony export */ });
/** Caches grow to at most this many entries before starting over. */
const LIMIT = 500_000;
/** Stands for a remembered `undefined`, which a Map's get() could not tell from a text never seen. */
const NOTHING = Symbol('nothing');
/**
 * `compute`, remembered per text. The same addresses and blocks recur across the dumps of one cluster (a node's IP
 * in kubectl and EC2 output, a pod CIDR in the node and in every route to it).
 * Bounded, so that a long-lived process (a server embedding the engine) does not grow without end.
 */
function memoByText(compute) {
    const cache = new Map();
    return (text) => {
        const cached = cache.get(text);
        if (cached !== undefined)
            return cached === NOTHING ? undefined : cached;
        if (cache.size >= LIMIT)
            cache.clear();
        const value = compute(text);
        cache.set(text, value === undefined ? NOTHING : value);
        return value;
    };
}


/***/ }),

/***/ 29174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rH: () => (/* binding */ nameProblem),
  KT: () => (/* binding */ named)
});

// UNUSED EXPORTS: NAME_RULES, validName

// EXTERNAL MODULE: ./lib/model/cidr.js
var cidr = __nccwpck_require__(1359);
// EXTERNAL MODULE: ./lib/model/shell.js
var shell = __nccwpck_require__(84591);
;// CONCATENATED MODULE: ./lib/model/names/aws.js
/** EC2 ids are a type prefix and 8 (older) or 17 hexadecimal digits. */
function ec2Id(prefix, subject) {
    return {
        subject,
        label: `EC2 ${subject} (${prefix}- and 8 to 17 hexadecimal digits)`,
        pattern: new RegExp(`^${prefix}-[0-9a-f]{8,17}$`),
        maxLength: prefix.length + 18,
    };
}
const AWS_NAMES = {
    'aws-instance': ec2Id('i', 'instance id'),
    'aws-eni': ec2Id('eni', 'network interface id'),
    'aws-security-group': ec2Id('sg', 'security group id'),
    'aws-network-acl': ec2Id('acl', 'network ACL id'),
    'aws-subnet': ec2Id('subnet', 'subnet id'),
    'aws-route-table': ec2Id('rtb', 'route table id'),
    'aws-region': {
        subject: 'region',
        label: 'AWS region',
        pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d{1,2}$/,
        maxLength: 32,
    },
    'aws-config-rule': {
        subject: 'AWS Config rule name',
        label: 'AWS Config rule name (letters, digits, - and _)',
        pattern: /^[A-Za-z0-9_-]+$/,
        maxLength: 128,
    },
    'aws-account': { subject: 'account id', label: 'AWS account id (12 digits)', pattern: /^\d{12}$/, maxLength: 12 },
};

;// CONCATENATED MODULE: ./lib/model/names/azure.js
/** Segments of a resource id: ARM names use letters, digits and . _ - ( ); types and providers the same. */
const RESOURCE_ID = /^(\/[A-Za-z0-9._()-]+)+$/;
const AZURE_NAMES = {
    'azure-resource-id': {
        subject: 'resource id',
        label: 'Azure resource id (/subscriptions/…/providers/…)',
        pattern: RESOURCE_ID,
        maxLength: 2048,
    },
    'azure-resource-group': {
        subject: 'resource group',
        label: 'Azure resource group name',
        pattern: /^[A-Za-z0-9_().-]*[A-Za-z0-9_()-]$/,
        maxLength: 90,
    },
    'azure-name': {
        subject: 'name',
        label: 'Azure resource name (letters, digits, . _ -; starting with a letter or digit)',
        pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/,
        maxLength: 80,
    },
    'azure-subscription': {
        subject: 'subscription',
        label: 'Azure subscription id (a GUID)',
        pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
        maxLength: 36,
    },
    'azure-management-group': {
        subject: 'management group',
        label: 'Azure management group id',
        pattern: /^[A-Za-z0-9_().-]+$/,
        maxLength: 90,
    },
};

;// CONCATENATED MODULE: ./lib/model/names/gce.js
/** RFC 1035 names, as Compute Engine requires for instances, routes, networks, firewall rules and network tags. */
const RFC1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const GCE_NAMES = {
    'gce-instance': {
        subject: 'instance name',
        label: 'Compute Engine instance name (RFC 1035, up to 63 characters)',
        pattern: RFC1035,
        maxLength: 63,
    },
    'gce-route': {
        subject: 'route name',
        label: 'Compute Engine route name (RFC 1035, up to 63 characters)',
        pattern: RFC1035,
        maxLength: 63,
    },
    'gce-network': {
        subject: 'network name',
        label: 'Compute Engine network name (RFC 1035, up to 63 characters)',
        pattern: RFC1035,
        maxLength: 63,
    },
    'gce-firewall-rule': {
        subject: 'firewall rule name',
        label: 'Compute Engine firewall rule name (RFC 1035, up to 63 characters)',
        pattern: RFC1035,
        maxLength: 63,
    },
    'gce-network-tag': {
        subject: 'network tag',
        label: 'Compute Engine network tag (RFC 1035, up to 63 characters)',
        pattern: RFC1035,
        maxLength: 63,
    },
    // Project ids are 6 to 30 characters; older domain-scoped ones carry "example.com:" in front; a number names a project too.
    'gce-project': {
        subject: 'project',
        label: 'Google Cloud project id (6 to 30 lower-case letters, digits and dashes) or number',
        pattern: /^(([a-z0-9][-a-z0-9.]*[a-z0-9]:)?[a-z][-a-z0-9]{4,28}[a-z0-9]|\d{1,20})$/,
        maxLength: 100,
    },
    'gce-zone': {
        subject: 'zone',
        label: 'Compute Engine zone (region-zone, as us-central1-a)',
        pattern: /^[a-z]+-[a-z]+\d+-[a-z]$/,
        maxLength: 63,
    },
    'gce-service-account': {
        subject: 'service account',
        label: 'Google Cloud service account e-mail',
        pattern: /^[a-z0-9][-a-z0-9]*@[a-z0-9][-a-z0-9.:]*\.gserviceaccount\.com$/,
        maxLength: 254,
    },
    'gce-constraint': {
        subject: 'constraint',
        label: 'organisation policy constraint (as compute.vmCanIpForward)',
        pattern: /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/,
        maxLength: 200,
    },
    // Values of a list policy: resource paths, optionally prefixed by is: or under:.
    'gce-policy-value': {
        subject: 'policy value',
        label: 'organisation policy value (a resource path)',
        pattern: /^(is:|under:)?[a-z][-a-z0-9]*\/[-a-z0-9._:/]+$/,
        maxLength: 400,
    },
};

;// CONCATENATED MODULE: ./lib/model/names/kubernetes.js
/** RFC 1123 label and subdomain, as Kubernetes validates object names (apimachinery validation.IsDNS1123*). */
const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL = new RegExp(`^${LABEL}$`);
const DNS1123_SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
const KUBERNETES_NAMES = {
    'kubernetes-node': {
        subject: 'node name',
        label: 'Kubernetes node name (a DNS-1123 subdomain)',
        pattern: DNS1123_SUBDOMAIN,
        maxLength: 253,
    },
    'kubernetes-namespace': {
        subject: 'namespace',
        label: 'Kubernetes namespace (a DNS-1123 label)',
        pattern: DNS1123_LABEL,
        maxLength: 63,
    },
    'kubernetes-configmap': {
        subject: 'ConfigMap name',
        label: 'Kubernetes ConfigMap name (a DNS-1123 subdomain)',
        pattern: DNS1123_SUBDOMAIN,
        maxLength: 253,
    },
};

;// CONCATENATED MODULE: ./lib/model/names/rule.js
function accepts(rule, value) {
    // Nothing may be read as an option, whatever the platform allows.
    return value.length <= rule.maxLength && !value.startsWith('-') && rule.pattern.test(value);
}

;// CONCATENATED MODULE: ./lib/model/names/index.js







const IP_ADDRESS = { subject: 'address', label: 'IP address', pattern: /^[0-9A-Fa-f.:]+$/, maxLength: 45 };
/** Every naming rule, by the kind of value a command takes. */
const NAME_RULES = {
    ...KUBERNETES_NAMES,
    ...AWS_NAMES,
    ...GCE_NAMES,
    ...AZURE_NAMES,
    'ip-address': IP_ADDRESS,
};
/** How much of a refused value a reason shows: enough to find it in the dump. */
const SHOWN = 80;
function validName(kind, value) {
    return accepts(NAME_RULES[kind], value) && (kind !== 'ip-address' || (0,cidr/* canonicalIp */.IZ)(value) !== undefined);
}
/** Why a value cannot go into a command, naming it with its control characters escaped. */
function nameProblem(kind, value) {
    if (validName(kind, value))
        return undefined;
    const rule = NAME_RULES[kind];
    const shown = value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
    return `the ${rule.subject} "${(0,shell/* escapeControls */.UN)(shown)}" is not a valid ${rule.label}`;
}
/** A validated value as one shell word, or the reason it was refused. */
function named(kind, value) {
    const problem = nameProblem(kind, value);
    return problem ? (0,shell/* refused */.J5)(problem) : new shell/* Shell */.$f((0,shell/* quote */.hD)(value));
}


/***/ }),

/***/ 4209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * Code-unit order for names and identifiers. Not localeCompare: its order follows the runner's locale, and a report
 * or a baseline would differ between machines.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 42896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PROVIDERS)
/* harmony export */ });
const PROVIDERS = ['aws', 'gce', 'azure', 'vsphere', 'baremetal'];


/***/ }),

/***/ 6796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   FI: () => (/* binding */ redactValue),
/* harmony export */   IJ: () => (/* binding */ onSecret)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, secretPieces, forgetSecrets */
/**
 * The credentials this run holds (kubeconfig tokens and keys, cloud keys from the environment), so that every
 * boundary where text leaves the tool (error messages, reports, saved snapshots) can take them out, even when a
 * server or proxy echoes one back. One registry per process: the run is one process.
 */
/** What a secret is replaced with. */
const REDACTED = '[REDACTED]';
/** Shorter values are ignored: redacting "admin" or "true" everywhere would garble reports and protect nothing. */
const MIN_SECRET_LENGTH = 6;
/** Armour lines of a PEM block name its type, not its content; redacting them would only blur reports. */
const PEM_ARMOUR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
const pieces = new Set();
/** Pieces plus the forms they take once escaped into JSON or a URL. */
const forms = new Set();
const listeners = [];
let pattern;
/** The whole value and, for a multi-line one (a PEM key), each of its lines: log lines are masked one at a time. */
function secretPieces(value) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return [];
    const whole = String(value).trim();
    const lines = whole.includes('\n') ? whole.split(/\r?\n|\r/).map((line) => line.trim()) : [];
    return [...new Set([whole, ...lines])].filter((piece) => piece.length >= MIN_SECRET_LENGTH && !PEM_ARMOUR.test(piece));
}
function escapedForms(piece) {
    const json = JSON.stringify(piece).slice(1, -1);
    let uri = piece;
    try {
        uri = encodeURIComponent(piece);
    }
    catch {
        // A lone surrogate cannot be URI-encoded, so it cannot travel in a URL either.
    }
    return [piece, json, uri];
}
/** Registers a credential (strings and numbers; anything else is ignored). */
function addSecret(value) {
    for (const piece of secretPieces(value)) {
        if (pieces.has(piece))
            continue;
        pieces.add(piece);
        for (const form of escapedForms(piece))
            forms.add(form);
        pattern = undefined;
        for (const listener of listeners)
            listener(piece);
    }
}
/** Called with every piece registered, those already known included: the Action passes each to the runner's mask. */
function onSecret(listener) {
    listeners.push(listener);
    for (const piece of pieces)
        listener(piece);
}
/** For tests, which run many CLI invocations in one process. */
function forgetSecrets() {
    pieces.clear();
    forms.clear();
    listeners.length = 0;
    pattern = undefined;
}
function secretPattern() {
    if (pattern)
        return pattern;
    // Longest first, so that a whole value goes before one of its lines.
    const alternatives = [...forms]
        .sort((a, b) => b.length - a.length)
        .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(alternatives.join('|'), 'g');
    return pattern;
}
/** The text with every registered credential replaced by REDACTED. */
function redact(text) {
    if (forms.size === 0)
        return text;
    return text.replace(secretPattern(), REDACTED);
}
/** A copy of a JSON-like value (objects, arrays, strings) with every string and key redacted. */
function redactValue(value) {
    if (forms.size === 0)
        return value;
    return redactDeep(value);
}
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map(redactDeep);
    if (typeof value !== 'object' || value === null)
        return value;
    // Dates and the like serialise themselves and hold no names; API models (class instances) are copied as data.
    if (typeof value.toJSON === 'function' ||
        value instanceof Map ||
        value instanceof Set ||
        ArrayBuffer.isView(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item)]));
}


/***/ }),

/***/ 84591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ Shell),
/* harmony export */   J5: () => (/* binding */ refused),
/* harmony export */   UE: () => (/* binding */ withCommand),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   V: () => (/* binding */ joinShell),
/* harmony export */   aQ: () => (/* binding */ hasControl),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   vf: () => (/* binding */ shell)
/* harmony export */ });
/**
 * Every command the tool prints or writes (text, markdown, JSON, SARIF, the plan script) is built here: values
 * from a dump are quoted by one function, and a value that fails its naming rule withholds the whole command.
 */
/** Characters a POSIX shell leaves alone in a word: such a value needs no quotes. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Quotes a value as one POSIX shell word; `sh` and `bash` read it back byte for byte (any string without NUL). */
function quote(value) {
    return PLAIN_WORD.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * Characters that end or hide a line in a script, a terminal or an editor: C0/C1 controls, DEL, line and paragraph
 * separators, bidi embeddings, overrides and isolates, and zero-width characters.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const ANY_CONTROL = new RegExp(CONTROL.source);
function hasControl(text) {
    return ANY_CONTROL.test(text);
}
/** Shows control characters as escapes ("\n", "\u202e"), so text written into a comment stays on its line and reads as it is. */
function escapeControls(text) {
    return text.replace(CONTROL, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Shell text and, when some value in it failed its naming rule, why it must not be shown as a command. */
class Shell {
    text;
    problems;
    constructor(text, problems = []) {
        this.text = text;
        this.problems = problems;
    }
}
/** A value that failed validation: it never reaches the text, only the reason does. */
function refused(problem) {
    return new Shell('', [problem]);
}
function render(part) {
    if (part instanceof Shell)
        return part;
    if (typeof part === 'number')
        return new Shell(String(part));
    return new Shell(quote(part));
}
/**
 * A command from a template: the literal text is the tool's own; every interpolated string is quoted as one word,
 * numbers are written as they are, and Shell parts (validated names, sub-commands) carry their problems along.
 */
function shell(strings, ...parts) {
    let text = strings[0];
    const problems = [];
    parts.forEach((part, i) => {
        const rendered = render(part);
        text += rendered.text + strings[i + 1];
        problems.push(...rendered.problems);
    });
    return new Shell(text, problems);
}
/** Commands or fragments joined by the tool's own separator (" && ", "\n", " "). */
function joinShell(parts, separator) {
    return new Shell(parts.map((part) => part.text).join(separator), parts.flatMap((part) => part.problems));
}
/** What a finding shows: the command, or, when a value failed its naming rule, the text saying why there is none. */
function withCommand(remediation, command) {
    if (command.problems.length === 0)
        return { ...remediation, command: command.text };
    const reasons = [...new Set(command.problems)].join('; ');
    return { ...remediation, text: `${remediation.text} Command withheld: ${reasons}.` };
}


/***/ }),

/***/ 42239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ acceptanceLine)
/* harmony export */ });
/* harmony import */ var _model_group_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(52586);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(50603);


function findings(count) {
    return `${count} finding${count === 1 ? '' : 's'}`;
}
function kindText(entry) {
    switch (entry.kind) {
        case 'ignored':
            return `${entry.count} ignored`;
        case 'lowered':
            return `${entry.count} lowered to ${entry.severity ?? 'a lower severity'}`;
        case 'not-strict':
            return `${entry.count} check-incomplete with strict off`;
        case 'fail-on':
            return `${entry.count} passing with fail-on never`;
        case 'baselined':
            return `${entry.count} in the baseline`;
    }
}
function sourcePart(source, entries, name) {
    const total = entries.reduce((sum, entry) => sum + entry.count, 0);
    if (entries.every((entry) => entry.kind === 'baselined')) {
        return `${source === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Q ? 'the baseline' : `baseline ${name(source)}`} accepts ${total}`;
    }
    const who = source === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SOURCE */ .Q ? 'the defaults accept' : `${name(source)} accepts`;
    return `${who} ${findings(total)} (${entries.map(kindText).join(', ')})`;
}
/**
 * One line saying which files and settings let findings pass, e.g. "`.hostgw-preflight.yml` accepts 4 findings
 * (3 ignored, 1 lowered to warning); baseline `b.json` accepts 2"; undefined when nothing is accepted.
 * `name` renders a file or option name for the output format.
 */
function acceptanceLine(accepted, name) {
    const bySource = (0,_model_group_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBy */ .$)(accepted?.filter((entry) => entry.count > 0) ?? [], (entry) => entry.source);
    if (bySource.size === 0)
        return undefined;
    return `${[...bySource].map(([source, entries]) => sourcePart(source, entries, name)).join('; ')}.`;
}


/***/ }),

/***/ 12455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XX: () => (/* binding */ render),
  TQ: () => (/* binding */ renderMarkdownWithin)
});

// UNUSED EXPORTS: renderers

// EXTERNAL MODULE: ./lib/model/secrets.js
var secrets = __nccwpck_require__(6796);
// EXTERNAL MODULE: ./lib/report/plan.js
var plan = __nccwpck_require__(41383);
;// CONCATENATED MODULE: ./lib/report/json.js

// Objects are rebuilt field by field so that the key order of the output does not depend on how the engine
// happened to construct them; JSON.stringify drops the undefined optional fields.
function findingJson(finding) {
    const { remediation, location } = finding;
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        node: finding.node,
        resource: finding.resource,
        provider: finding.provider,
        remediation: { text: remediation.text, command: remediation.command },
        location: location && { file: location.file, line: location.line, column: location.column },
        fingerprint: finding.fingerprint,
        baselined: finding.baselined,
    };
}
function summaryJson(summary) {
    const byRule = Object.fromEntries(Object.entries(summary.byRule).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
        nodes: summary.nodes,
        errors: summary.errors,
        warnings: summary.warnings,
        notes: summary.notes,
        suppressed: summary.suppressed,
        baselined: summary.baselined,
        belowThreshold: summary.belowThreshold,
        byRule,
        failOn: summary.failOn,
        passed: summary.passed,
    };
}
function acceptanceJson(entry) {
    return { source: entry.source, kind: entry.kind, severity: entry.severity, count: entry.count };
}
function nodeJson(node) {
    return {
        name: node.name,
        os: node.os,
        internalIps: node.internalIps,
        podCidrs: node.podCidrs,
        forwarding: node.forwarding,
        subnet: node.subnet,
        routes: node.routes,
        findings: node.findings,
    };
}
function sourceJson(source) {
    return { file: source.file, format: source.format, items: source.items };
}
const renderJson = (report) => `${JSON.stringify({
    version: 1,
    tool: { name: report.tool.name, version: report.tool.version, informationUri: report.tool.informationUri },
    cluster: report.cluster,
    provider: report.provider,
    providerReason: report.providerReason,
    clusterCidrs: report.clusterCidrs,
    summary: summaryJson(report.summary),
    accepted: report.accepted?.map(acceptanceJson),
    findings: report.findings.map(findingJson),
    nodes: report.nodes.map(nodeJson),
    plan: report.plan?.map(plan/* planJson */.iY),
    fixResults: report.fixResults?.map(plan/* outcomeJson */.bt),
    before: report.before && summaryJson(report.before),
    sources: report.sources.map(sourceJson),
}, null, 2)}\n`;

// EXTERNAL MODULE: ./lib/report/gate.js
var gate = __nccwpck_require__(42239);
// EXTERNAL MODULE: ./lib/report/markdown-escape.js
var markdown_escape = __nccwpck_require__(9809);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./lib/report/sarif.js

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FALLBACK_URI = 'hostgw-preflight';
const TAGS = ['networking', 'flannel', 'host-gw'];
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', note: 'recommendation' };
/** The rule's section of docs/rules.md on the repository's main branch. */
function helpUri(report, rule) {
    return `${report.tool.informationUri}/blob/main/${rule.docsUrl}`;
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
}
function ruleDescriptor(report, rule) {
    const uri = helpUri(report, rule);
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: {
            text: rule.remediation,
            markdown: `**${rule.title}**\n\n${rule.description}\n\n${rule.remediation}\n\n[Rule documentation](${uri})`,
        },
        helpUri: uri,
        defaultConfiguration: { level: rule.severity },
        properties: { tags: TAGS, precision: 'high', 'problem.severity': PROBLEM_SEVERITY[rule.severity] },
    };
}
/** SARIF wants a URI reference relative to the checkout (%SRCROOT%), with forward slashes and escaped segments. */
function artifactUri(file) {
    const relative = external_node_path_.relative(process.cwd(), external_node_path_.resolve(file)).split(external_node_path_.sep).join('/');
    return relative.split('/').map(encodeURIComponent).join('/');
}
function physicalLocation(uri, line, column) {
    return {
        physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            region: { startLine: line, startColumn: column },
        },
    };
}
/** GitHub code scanning rejects results without a location, so findings without one point at the first input. */
function resultLocation(report, finding) {
    const { location } = finding;
    if (location !== undefined)
        return physicalLocation(artifactUri(location.file), location.line ?? 1, location.column);
    const source = report.sources[0];
    return physicalLocation(source === undefined ? FALLBACK_URI : artifactUri(source.file), 1);
}
function messageText(finding) {
    const { command } = finding.remediation;
    return command === undefined ? finding.message : `${finding.message}\nFix: ${command}`;
}
function result(report, finding, ruleIndex) {
    return {
        ruleId: finding.ruleId,
        // Undefined (so left out) for a rule missing from report.rules: ruleId alone is still valid SARIF.
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: finding.severity,
        message: { text: messageText(finding) },
        locations: [resultLocation(report, finding)],
        partialFingerprints: { 'hostgwFinding/v1': finding.fingerprint },
        baselineState: finding.baselined ? 'unchanged' : 'new',
        properties: { node: finding.node, resource: finding.resource, provider: finding.provider },
    };
}
function runProperties(report) {
    const { summary } = report;
    return {
        provider: report.provider,
        providerReason: report.providerReason,
        nodes: summary.nodes,
        errors: summary.errors,
        warnings: summary.warnings,
        notes: summary.notes,
        suppressed: summary.suppressed,
        failOn: summary.failOn,
        passed: summary.passed,
    };
}
const renderSarif = (report) => {
    const ruleIndex = new Map(report.rules.map((rule, i) => [rule.id, i]));
    const sarif = {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: report.tool.informationUri,
                        rules: report.rules.map((rule) => ruleDescriptor(report, rule)),
                    },
                },
                automationDetails: { id: 'hostgw-preflight/' },
                results: report.findings.map((finding) => result(report, finding, ruleIndex)),
                properties: runProperties(report),
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
};

// EXTERNAL MODULE: ./lib/report/text.js
var report_text = __nccwpck_require__(44639);
;// CONCATENATED MODULE: ./lib/report/markdown.js





const NONE = '—';
function notShown(count, word) {
    return `_…${count} more ${word}${count === 1 ? '' : 's'} not shown; see the JSON report_`;
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function list(values) {
    return (0,markdown_escape/* codeList */.E5)(values, NONE);
}
function plural(count, word) {
    return `**${count}** ${word}${count === 1 ? '' : 's'}`;
}
function memoised(values, render) {
    const rendered = [];
    return (n) => {
        for (let i = rendered.length; i < Math.min(n, values.length); i++)
            rendered.push(render(values[i]));
        return rendered.slice(0, n);
    };
}
/** Findings grouped by rule; groups come out ordered by their most severe finding, then rule id. */
function ruleGroups(report) {
    const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
    const groups = new Map();
    // Sorting first makes Map insertion order the group order.
    for (const finding of [...report.findings].sort(report_text/* compareFindings */.Eg)) {
        const group = groups.get(finding.ruleId) ?? [];
        group.push(finding);
        groups.set(finding.ruleId, group);
    }
    return [...groups].map(([id, findings]) => ({
        id,
        rule: rules.get(id),
        findings,
        items: memoised(findings, findingItem),
    }));
}
function verdictHeading(report) {
    const { summary } = report;
    const name = `${report.tool.name}${report.cluster !== undefined ? ` (${(0,markdown_escape/* code */.aY)(report.cluster)})` : ''}`;
    if (!summary.passed)
        return `## ❌ ${name}: failed`;
    if ((0,report_text/* totalFindings */.VP)(summary) > 0)
        return `## ⚠️ ${name}: passed with ${(0,report_text/* formatCounts */.gM)(summary)}`;
    return `## ✅ ${name}: passed`;
}
function countsLine(summary) {
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        plural(summary.notes, 'note'),
        `${summary.suppressed} suppressed`,
        ...(summary.baselined > 0 ? [`${summary.baselined} in the baseline`] : []),
        `fail-on: ${summary.failOn}`,
    ];
    return counts.join(' · ');
}
function contextLine(report) {
    const reason = report.providerReason ? ` (${(0,markdown_escape/* prose */.CS)(report.providerReason)})` : '';
    return [
        `Provider: **${report.provider}**${reason}`,
        `Cluster CIDRs: ${list(report.clusterCidrs)}`,
        `Nodes: ${report.summary.nodes}`,
        `Sources: ${report.sources.length}`,
        `${(0,markdown_escape/* plain */.pj)(report.tool.name)} ${(0,markdown_escape/* plain */.pj)(report.tool.version)}`,
    ].join(' · ');
}
function severities(findings) {
    return [...new Set(findings.map((finding) => finding.severity))].join(', ');
}
function ruleTable(report, groups) {
    const rows = groups.map(({ id, rule, findings }) => tableRow([
        rule === undefined ? (0,markdown_escape/* code */.aY)(id) : `[${(0,markdown_escape/* code */.aY)(id)}](${helpUri(report, rule)})`,
        rule === undefined ? NONE : (0,markdown_escape/* plain */.pj)(rule.title),
        severities(findings),
        String(findings.length),
    ]));
    return [
        '### Rules',
        '',
        tableRow(['Rule', 'Title', 'Severity', 'Count']),
        '| --- | --- | --- | ---: |',
        ...rows,
    ].join('\n');
}
function nodeRow(node, provider) {
    return tableRow([
        (0,markdown_escape/* code */.aY)(node.name),
        (0,markdown_escape/* code */.aY)(node.os),
        (0,markdown_escape/* plain */.pj)(provider),
        list(node.internalIps),
        list(node.podCidrs),
        (0,markdown_escape/* plain */.pj)(node.forwarding),
        node.subnet === undefined ? NONE : (0,markdown_escape/* code */.aY)(node.subnet),
        (0,markdown_escape/* plain */.pj)(node.routes),
        String(node.findings),
    ]);
}
/** The first n node rows, each rendered once. */
function nodeRows(report) {
    return memoised(report.nodes, (node) => nodeRow(node, report.provider));
}
function nodeTable(rows, total, shown) {
    const header = tableRow(['Node', 'OS', 'Provider', 'IPs', 'Pod CIDRs', 'Forwarding', 'Subnet', 'Routes', 'Findings']);
    const lines = ['### Nodes', '', header, `|${' --- |'.repeat(8)} ---: |`, ...rows(shown)];
    const hidden = total - shown;
    if (hidden > 0)
        lines.push('', notShown(hidden, 'node'));
    return lines.join('\n');
}
function findingItem(finding) {
    const subject = [finding.node === undefined ? 'cluster' : `**${(0,markdown_escape/* code */.aY)(finding.node)}**`];
    if (finding.baselined)
        subject.push('_baseline_');
    if (finding.resource !== undefined)
        subject.push((0,markdown_escape/* code */.aY)(finding.resource));
    const where = finding.location === undefined ? '' : ` (${(0,markdown_escape/* code */.aY)((0,report_text/* formatLocation */.j$)(finding.location))})`;
    const lines = [`- ${subject.join(' · ')}: ${(0,markdown_escape/* prose */.CS)(finding.message)}${where}`];
    if (finding.remediation.text)
        lines.push('', `  ${(0,markdown_escape/* prose */.CS)(finding.remediation.text)}`);
    if (finding.remediation.command !== undefined)
        lines.push('', ...(0,markdown_escape/* codeBlock */.DV)(finding.remediation.command, 'sh', '  '));
    return lines.join('\n');
}
function detailsBlock(group, shown) {
    const title = group.rule === undefined ? '' : ` — ${(0,markdown_escape/* html */.qy)(group.rule.title)}`;
    return [
        '<details>',
        `<summary><code>${(0,markdown_escape/* html */.qy)(group.id)}</code>${title} (${group.findings.length})</summary>`,
        '',
        shown.join('\n\n'),
        '',
        '</details>',
    ].join('\n');
}
function detailBlocks(groups, budget) {
    const blocks = [];
    let remaining = budget;
    for (const group of groups) {
        const shown = group.items(remaining);
        if (shown.length === 0)
            break;
        blocks.push(detailsBlock(group, shown));
        remaining -= shown.length;
    }
    return blocks;
}
function markdown_document(report, groups, nodeRows, budget) {
    const blocks = [verdictHeading(report), `${countsLine(report.summary)}  \n${contextLine(report)}`];
    const accepted = (0,gate/* acceptanceLine */.W)(report.accepted, markdown_escape/* code */.aY);
    if (accepted !== undefined)
        blocks.push(`⚠️ ${accepted}`);
    if (groups.length > 0)
        blocks.push(ruleTable(report, groups));
    if (report.nodes.length > 0)
        blocks.push(nodeTable(nodeRows, report.nodes.length, budget.nodes));
    const details = detailBlocks(groups, budget.findings);
    if (details.length > 0)
        blocks.push('### Findings', ...details);
    const hidden = report.findings.length - budget.findings;
    if (hidden > 0)
        blocks.push(notShown(hidden, 'finding'));
    blocks.push(...planBlocks(report));
    return `${blocks.join('\n\n')}\n`;
}
function subjectCell(entry) {
    const name = entry.node ?? entry.resource;
    return name === undefined ? 'cluster' : (0,markdown_escape/* code */.aY)(name);
}
function planBlocks(report) {
    const blocks = [];
    if (report.plan) {
        const rows = report.plan.map((entry, i) => `| ${i + 1} | ${subjectCell(entry)} | ${(0,markdown_escape/* code */.aY)(entry.action)} | ${(0,plan/* scopeNote */.vs)(entry)} | ${(0,markdown_escape/* commandCell */.eR)(entry.cli)} |`);
        blocks.push('### Fix plan', rows.length
            ? ['| # | Node / resource | Action | Scope | Command |', '| ---: | --- | --- | --- | --- |', ...rows].join('\n')
            : 'Nothing to fix.');
    }
    if (report.fixResults) {
        const icon = { applied: '✅', failed: '❌', 'did-not-take': '❌' };
        const rows = report.fixResults.map((outcome) => `| ${icon[outcome.status]} ${outcome.status} | ${subjectCell(outcome)} | ${(0,markdown_escape/* code */.aY)(outcome.action)} | ${(0,markdown_escape/* prose */.CS)(outcome.detail)} |`);
        blocks.push('### Fixes applied', rows.length
            ? ['| Result | Node / resource | Action | Detail |', '| --- | --- | --- | --- |', ...rows].join('\n')
            : 'Nothing applied.');
        if (report.before)
            blocks.push((0,plan/* beforeAfter */.yE)(report.before, report.summary));
    }
    return blocks;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Largest n in [0, upper] for which fits(n) holds, assuming fits(0) does and fits is monotonic. */
function largest(upper, fits) {
    let low = 0;
    let high = upper;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** Whole lines only: a cut inside a line could leave a code span open and let the rest of a name render. */
function truncateUtf8(text, maxBytes) {
    let bytes = 0;
    let out = '';
    for (const line of text.split(/(?<=\n)/)) {
        bytes += byteLength(line);
        if (bytes > maxBytes)
            break;
        out += line;
    }
    return out;
}
const renderMarkdown = (report) => {
    const all = { findings: report.findings.length, nodes: report.nodes.length };
    return markdown_document(report, ruleGroups(report), nodeRows(report), all);
};
/**
 * The markdown report in at most maxBytes of UTF-8 (GitHub caps job summaries and comments): finding details
 * go first, from the end, then node rows; the rule table and verdict stay. Only a limit too small even for
 * those cuts the document itself.
 */
function renderMarkdownLimited(report, _options, maxBytes) {
    const groups = ruleGroups(report);
    const rows = nodeRows(report);
    const render = (budget) => markdown_document(report, groups, rows, budget);
    const fits = (budget) => byteLength(render(budget)) <= maxBytes;
    const nodes = report.nodes.length;
    const all = { findings: report.findings.length, nodes };
    if (fits(all))
        return render(all);
    if (fits({ findings: 0, nodes })) {
        return render({ findings: largest(all.findings, (findings) => fits({ findings, nodes })), nodes });
    }
    if (fits({ findings: 0, nodes: 0 })) {
        return render({ findings: 0, nodes: largest(nodes, (shown) => fits({ findings: 0, nodes: shown })) });
    }
    return truncateUtf8(render({ findings: 0, nodes: 0 }), maxBytes);
}

;// CONCATENATED MODULE: ./lib/report/index.js





const renderers = {
    text: report_text/* renderText */.S5,
    json: renderJson,
    sarif: renderSarif,
    markdown: renderMarkdown,
};
/**
 * Every format, credentials taken out: from the report's strings before escaping (markdown and JSON escape a
 * secret out of recognition) and from the text after.
 */
function render(format, report, options) {
    return (0,secrets/* redact */.E$)(renderers[format]((0,secrets/* redactValue */.FI)(report), options));
}
/** The markdown report within GitHub's size limit for a summary, comment or issue, credentials taken out as above. */
function renderMarkdownWithin(report, maxBytes) {
    return (0,secrets/* redact */.E$)(renderMarkdownLimited((0,secrets/* redactValue */.FI)(report), { color: false }, maxBytes));
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ prose),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   E5: () => (/* binding */ codeList),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   eR: () => (/* binding */ commandCell),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   qy: () => (/* binding */ html)
/* harmony export */ });
/* unused harmony exports NAME_CAP, visible */
/**
 * Every string from an input reaches GitHub-flavoured markdown (job summary, PR comment, drift issue, fleet table)
 * through this module. The markdown is posted on the repository's behalf, so a hostile name must not render as a
 * link, image, raw HTML, heading, extra table column, @mention or #reference, nor plant one of the HTML-comment
 * markers that the Action later searches raw comment bodies for.
 */
/** Names longer than this many characters are cut, with the full length noted. */
const NAME_CAP = 100;
/** Characters that would move the cursor, reorder or hide text: shown as escapes, never written raw. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/**
 * A code span cannot carry these verbatim: a pipe splits a table cell even inside backticks, and `\|` cannot be
 * written there at all (GFM pairs the backslash with whatever precedes it); HTML-comment delimiters and our marker
 * prefix would stay literal in the raw body, where the sticky comment and drift issue look for their markers.
 */
const MARKER_LIKE = /<!--|-->|hostgw-preflight:/i;
const NOT_FOR_CODE_SPAN = new RegExp(`\\||${MARKER_LIKE.source}`, 'i');
/** A prose word: ASCII letters (hyphen or apostrophe inside), or a short number; optionally in sentence punctuation. */
const PROSE_WORD = /^\(?(?:[A-Za-z]+(?:['-][A-Za-z]+)*|[0-9]{1,6})?'?[),.:;]{0,2}$/;
/** A token's leading "(" and trailing "'s", "'", ")", ",", ".", ":", ";" around the name inside. */
const SENTENCE_PUNCTUATION = /^(?<lead>\(?)(?<core>.*?)(?<trail>(?:'s|')?[),.:;]{0,2})$/s;
/** GitHub links hex strings of 7 or more characters to commits. */
const HEX_RUN = /[a-fA-F]{7,}/;
/** The text with control, bidi and zero-width characters shown as escapes (\n, \x1b, \u202e). */
function visible(text) {
    return text.replace(INVISIBLE, (c) => {
        const code = c.charCodeAt(0);
        return (NAMED[c] ??
            (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`));
    });
}
function codePoints(text) {
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** At most NAME_CAP characters; a longer text is cut with an ellipsis and says how long it was. */
function capped(text) {
    const shown = visible(text);
    if (codePoints(shown) <= NAME_CAP)
        return { shown, note: '' };
    return {
        shown: `${[...shown].slice(0, NAME_CAP).join('')}…`,
        note: ` (${codePoints(text).toLocaleString('en-US')} characters)`,
    };
}
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}
/** Every ASCII punctuation character as a decimal character reference: nothing left for markdown to parse. */
function entities(text) {
    return text.replace(ASCII_PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * A CommonMark code span: the fence is one backtick longer than any run inside, and a space pads content that
 * starts or ends with a backtick, or with a space at both ends (one space each side is stripped when rendering).
 */
function backtickSpan(text) {
    const ticks = '`'.repeat(longestRun(text, '`') + 1);
    const padded = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '');
    const pad = padded ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/**
 * An input string (name, file, resource) as inline code: safe in a table cell, a list item or a heading. GitHub's
 * mention, reference, emoji and autolink filters skip code, so nothing in it links or notifies anyone.
 */
function code(text) {
    if (text === '')
        return '*(empty)*';
    const { shown, note } = capped(text);
    return `${inlineCode(shown)}${note}`;
}
/**
 * A command as inline code in a table cell, never cut: a command is only useful whole. Shell pipes are common
 * there, so they are escaped as \| (GFM removes the backslash before the code span is parsed) as long as no
 * backslash precedes one; otherwise the command goes in entity-encoded <code> like any text a span cannot carry.
 */
function commandCell(text) {
    if (text === '')
        return '*(empty)*';
    const shown = visible(text);
    if (MARKER_LIKE.test(shown) || shown.includes('\\|'))
        return `<code>${entities(shown)}</code>`;
    return backtickSpan(shown).replace(/\|/g, '\\|');
}
function inlineCode(shown) {
    return NOT_FOR_CODE_SPAN.test(shown) ? `<code>${entities(shown)}</code>` : backtickSpan(shown);
}
/** Input strings as a comma-separated list of inline code, or the placeholder when there are none. */
function codeList(values, none) {
    return values.length > 0 ? values.map(code).join(', ') : none;
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Our own rule ids and titles inside the report's HTML (<summary>), where markdown does not apply. */
function html(text) {
    return text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
}
/** Our own text (titles, labels) with every ASCII punctuation character escaped: it renders as written. */
function plain(text) {
    return escapePunctuation(visible(text));
}
function escapePunctuation(text) {
    return text.replace(ASCII_PUNCTUATION, '\\$&');
}
function isProseWord(token) {
    return PROSE_WORD.test(token) && !HEX_RUN.test(token) && token.length <= NAME_CAP;
}
/**
 * A message or remediation sentence, which the rules build with names inside. Backslash escapes alone are not
 * enough: GitHub finds mentions, #references, GH-1, commit hashes and emoji in the rendered text, after the
 * escapes are gone. So only plain words (letters, short numbers, sentence punctuation) stay prose; every other
 * run of tokens (names, CIDRs, paths, anything with @ # < [ ` | or a control character) becomes inline code.
 * Normal messages read as "Route `k8s-node-c` sends `10.244.2.0/24` to `node-b`".
 */
function prose(text) {
    const out = [];
    let pending = [];
    const flush = () => {
        // Each pending token is at most NAME_CAP long already; the run of them is shown whole.
        if (pending.length > 0)
            out.push(inlineCode(visible(pending.join(' '))));
        pending = [];
    };
    for (const token of text.split(' ')) {
        if (isProseWord(token)) {
            flush();
            out.push(escapePunctuation(token));
            continue;
        }
        // Sentence punctuation around a name stays prose, so that "node-a's" and "(10.0.0.0/24)," read naturally.
        const { lead, core, trail } = SENTENCE_PUNCTUATION.exec(token).groups;
        if (core === '') {
            flush();
            out.push(escapePunctuation(token));
        }
        else if (lead || trail || codePoints(core) > NAME_CAP) {
            flush();
            out.push(`${escapePunctuation(lead)}${code(core)}${escapePunctuation(trail)}`);
        }
        else
            pending.push(token);
    }
    flush();
    return out.join(' ');
}
/**
 * A fenced code block (commands), indented to sit in a list item. Inside a fence nothing renders; only text that
 * would leave a marker-like HTML comment in the raw body goes to an HTML <pre> block, fully entity-encoded.
 */
function codeBlock(text, lang, indent) {
    const lines = text.split(/\r?\n/).map(visible);
    if (lines.some((line) => MARKER_LIKE.test(line))) {
        const encoded = lines.map(entities);
        encoded[0] = `<pre><code>${encoded[0]}`;
        encoded[encoded.length - 1] += '</code></pre>';
        return encoded.map((line) => `${indent}${line}`);
    }
    const marker = '`'.repeat(Math.max(3, ...lines.map((line) => longestRun(line, '`') + 1)));
    return [`${marker}${lang}`, ...lines, marker].map((line) => `${indent}${line}`);
}


/***/ }),

/***/ 41383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   bt: () => (/* binding */ outcomeJson),
/* harmony export */   iY: () => (/* binding */ planJson),
/* harmony export */   vs: () => (/* binding */ scopeNote),
/* harmony export */   yE: () => (/* binding */ beforeAfter)
/* harmony export */ });
/* unused harmony export hasPlan */
/** Plan and fix results as plain data for the JSON report: the API steps, not the SDK parameters. */
function planJson(entry) {
    return {
        action: entry.action,
        provider: entry.provider,
        resource: entry.resource,
        node: entry.node,
        ruleId: entry.ruleId,
        reason: entry.reason,
        api: entry.api,
        cli: entry.cli,
        scope: entry.scope,
        applies: entry.applies,
    };
}
function outcomeJson(outcome) {
    return {
        action: outcome.action,
        ruleId: outcome.ruleId,
        node: outcome.node,
        resource: outcome.resource,
        status: outcome.status,
        detail: outcome.detail,
        reason: outcome.reason,
    };
}
function scopeNote(entry) {
    if (entry.scope === 'manual')
        return 'manual';
    if (entry.applies)
        return entry.scope;
    return entry.scope === 'prune' ? 'prune (needs --prune)' : 'network (needs --fix-scope network)';
}
function subject(entry) {
    return entry.node ?? entry.resource ?? 'cluster';
}
function beforeAfter(before, after) {
    return `before: ${before.errors} errors, ${before.warnings} warnings; after: ${after.errors} errors, ${after.warnings} warnings`;
}
function hasPlan(report) {
    return report.plan !== undefined;
}


/***/ }),

/***/ 44639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   VP: () => (/* binding */ totalFindings),
/* harmony export */   gM: () => (/* binding */ formatCounts),
/* harmony export */   j$: () => (/* binding */ formatLocation)
/* harmony export */ });
/* unused harmony export compareSeverity */
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65268);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(42239);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(41383);



const CLUSTER_GROUP = 'Cluster';
const LABEL_WIDTH = 'warning'.length;
const DETAIL_INDENT = ' '.repeat(2 + LABEL_WIDTH + 2);
// Created on first use: building a collator is start-up work that runs without a text report need not do.
let numericCollator;
function collator() {
    return (numericCollator ??= new Intl.Collator('en', { numeric: true }));
}
function makeStyle(color) {
    // Specific resets (22 for intensity, 39 for foreground) so that styles can nest.
    const paint = (open, close) => (text) => color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
    return {
        bold: paint(1, 22),
        dim: paint(2, 22),
        red: paint(31, 39),
        yellow: paint(33, 39),
        cyan: paint(36, 39),
        green: paint(32, 39),
    };
}
/** Terminal controls from inputs would move the cursor or recolour the screen: shown escaped. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi marks and invisible characters would make a name read as something else: shown escaped too. */
const INVISIBLE = /[\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Texts keep their line breaks (a remediation may have several lines); nothing else that hides or moves text. */
function clean(text) {
    return text
        .replace(TERMINAL_CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A name stays on its line: a line break in it could otherwise forge a heading or a verdict. */
function oneLineName(text) {
    return clean(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
function compareOptional(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1;
    if (b === undefined)
        return -1;
    return collator().compare(a, b);
}
function compareSeverity(a, b) {
    return _model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.indexOf(a) - _model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.indexOf(b);
}
/** Severity, then rule, then node (cluster-wide last), resource and message: a total, stable order. */
function compareFindings(a, b) {
    return (compareSeverity(a.severity, b.severity) ||
        collator().compare(a.ruleId, b.ruleId) ||
        compareOptional(a.node, b.node) ||
        compareOptional(a.resource, b.resource) ||
        collator().compare(a.message, b.message));
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function totalFindings(summary) {
    return summary.errors + summary.warnings + summary.notes;
}
/** "3 errors, 1 warning" with zero counts left out, or "no findings". */
function formatCounts(summary) {
    const parts = [
        [summary.errors, 'error'],
        [summary.warnings, 'warning'],
        [summary.notes, 'note'],
    ];
    const text = parts.filter(([count]) => count > 0).map(([count, word]) => plural(count, word));
    return text.length > 0 ? text.join(', ') : 'no findings';
}
function formatLocation(location) {
    const line = location.line === undefined ? '' : `:${location.line}`;
    const column = location.line !== undefined && location.column !== undefined ? `:${location.column}` : '';
    return `${location.file}${line}${column}`;
}
function severityLabel(severity, style) {
    const paint = { error: style.red, warning: style.yellow, note: style.cyan }[severity];
    return style.bold(paint(severity.padEnd(LABEL_WIDTH)));
}
function header(report, style) {
    const reason = report.providerReason ? ` ${style.dim(`(${clean(report.providerReason)})`)}` : '';
    const cidrs = report.clusterCidrs.length > 0 ? report.clusterCidrs.map(clean).join(', ') : style.dim('none found');
    const fields = [
        ['provider', `${report.provider}${reason}`],
        ['cluster CIDRs', cidrs],
        ['nodes', String(report.summary.nodes)],
        ['sources', String(report.sources.length)],
    ];
    const width = Math.max(...fields.map(([name]) => name.length)) + 2;
    return [
        style.bold(`${report.tool.name} ${report.tool.version}`),
        ...fields.map(([name, value]) => `${style.dim(name.padEnd(width))}${value}`),
        ...sourceLines(report, style),
    ];
}
function sourceLines(report, style) {
    const files = report.sources.map((source) => clean(source.file));
    const formats = report.sources.map((source) => clean(source.format));
    const fileWidth = Math.max(0, ...files.map((file) => file.length));
    const formatWidth = Math.max(0, ...formats.map((format) => format.length));
    return report.sources.map((source, i) => `  ${files[i].padEnd(fileWidth)}  ${formats[i].padEnd(formatWidth)}  ${style.dim(plural(source.items, 'item'))}`);
}
function groupByNode(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const group = groups.get(finding.node) ?? [];
        group.push(finding);
        groups.set(finding.node, group);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => compareOptional(a, b))
        .map(([node, group]) => [node, group.sort(compareFindings)]);
}
function indented(text, prefix = '') {
    return clean(text)
        .split(/\r?\n/)
        .map((line, i) => `${DETAIL_INDENT}${i === 0 ? prefix : ' '.repeat(prefix.length)}${line}`);
}
function findingLines(finding, style) {
    const [first = '', ...rest] = clean(finding.message).split(/\r?\n/);
    const lines = [
        `  ${severityLabel(finding.severity, style)}  ${style.bold(finding.ruleId)}${finding.baselined ? style.dim(' (baseline)') : ''}  ${first}`,
        ...rest.map((line) => `${DETAIL_INDENT}${line}`),
    ];
    if (finding.resource !== undefined)
        lines.push(...indented(oneLineName(finding.resource), 'resource: ').map(style.dim));
    if (finding.location !== undefined)
        lines.push(...indented(formatLocation(finding.location), 'at ').map(style.dim));
    if (finding.remediation.text)
        lines.push(...indented(finding.remediation.text));
    if (finding.remediation.command !== undefined)
        lines.push(...indented(finding.remediation.command, '$ '));
    return lines;
}
function groupLines(node, findings, style) {
    const heading = style.bold(node === undefined ? CLUSTER_GROUP : oneLineName(node));
    return [heading, ...findings.flatMap((finding) => findingLines(finding, style))];
}
function verdictText(summary) {
    const counts = formatCounts(summary);
    const notes = [
        summary.suppressed > 0 ? `${summary.suppressed} suppressed` : '',
        summary.baselined > 0 ? `${summary.baselined} in the baseline` : '',
        summary.belowThreshold > 0 ? `${summary.belowThreshold} below the reporting threshold` : '',
    ].filter(Boolean);
    const suppressed = notes.length > 0 ? ` (${notes.join(', ')})` : '';
    if (!summary.passed)
        return `✖ ${counts} (fail-on: ${summary.failOn}) — FAILED${suppressed}`;
    if (summary.failOn === 'never')
        return `✔ ${counts} (fail-on: never) — passed${suppressed}`;
    const below = totalFindings(summary) > 0 ? `; ${counts} below it` : '';
    return `✔ no findings at or above ${summary.failOn}${below} — passed${suppressed}`;
}
function verdict(summary, style) {
    const paint = summary.passed ? style.green : style.red;
    return style.bold(paint(verdictText(summary)));
}
function planLines(report, style) {
    const sections = [];
    if (report.plan) {
        const steps = report.plan.flatMap((entry, i) => [
            `  ${i + 1}. ${style.bold(oneLineName((0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .subject */ .bc)(entry)))}  ${entry.action}  ${style.dim(`[${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeNote */ .vs)(entry)}]`)}`,
            ...indented(clean(entry.reason)).map(style.dim),
            // Only a command that was built (not withheld, not a manual instruction) is shown as one to run.
            ...indented(clean(entry.cli), entry.scope !== 'manual' && entry.command !== undefined ? '$ ' : ''),
        ]);
        sections.push([
            style.bold(`Fix plan (${report.plan.length} steps)`),
            ...(steps.length ? steps : ['  nothing to fix']),
        ]);
    }
    if (report.fixResults) {
        const mark = {
            applied: style.green('✔ applied'),
            failed: style.red('✖ failed'),
            'did-not-take': style.red('✖ did not take'),
        };
        const lines = report.fixResults.map((outcome) => `  ${mark[outcome.status]}  ${oneLineName((0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .subject */ .bc)(outcome))}  ${outcome.action}: ${clean(outcome.detail)}`);
        if (report.before)
            lines.push(`  ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .beforeAfter */ .yE)(report.before, report.summary)}`);
        sections.push([style.bold('Fixes applied'), ...(lines.length ? lines : ['  nothing applied'])]);
    }
    return sections;
}
/** What the configuration and baseline let pass, above the verdict it shaped. */
function acceptedLines(report, style) {
    const line = (0,_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptanceLine */ .W)(report.accepted, clean);
    return line === undefined ? [] : [style.yellow(`⚠ ${line}`)];
}
const renderText = (report, options) => {
    const style = makeStyle(options.color);
    const sections = [
        header(report, style),
        ...groupByNode(report.findings).map(([node, findings]) => groupLines(node, findings, style)),
        ...planLines(report, style),
        [...acceptedLines(report, style), verdict(report.summary, style)],
    ];
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
};


/***/ }),

/***/ 50603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ DEFAULT_SOURCE),
/* harmony export */   h: () => (/* binding */ FORMATS)
/* harmony export */ });
/** Acceptance.source of a setting left at its default. */
const DEFAULT_SOURCE = 'default';
const FORMATS = ['text', 'json', 'sarif', 'markdown'];


/***/ }),

/***/ 32798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS),
  eI: () => (/* binding */ draftsOf),
  BD: () => (/* binding */ ruleById),
  xh: () => (/* binding */ ruleWith),
  Lc: () => (/* binding */ rulesWhere)
});

// EXTERNAL MODULE: ./lib/model/names/index.js + 5 modules
var names = __nccwpck_require__(29174);
// EXTERNAL MODULE: ./lib/model/shell.js
var shell = __nccwpck_require__(84591);
;// CONCATENATED MODULE: ./lib/rules/backend-mismatch.js


const HOST_GW = 'host-gw';
const CONFIGMAP = 'ConfigMap ';
/** `kubectl edit` for a flannel ConfigMap ("ConfigMap NAMESPACE/NAME"); nothing for other sources (RKE cluster.yml). */
function editCommand(describedBy) {
    if (!describedBy.startsWith(CONFIGMAP))
        return undefined;
    const ref = describedBy.slice(CONFIGMAP.length);
    const slash = ref.indexOf('/');
    return (0,shell/* shell */.vf) `kubectl -n ${(0,names/* named */.KT)('kubernetes-namespace', ref.slice(0, slash))} edit configmap ${(0,names/* named */.KT)('kubernetes-configmap', ref.slice(slash + 1))}`;
}
const backendMismatch = {
    meta: {
        id: 'backend-mismatch',
        title: 'flannel is not configured for host-gw, or nodes disagree',
        severity: 'error',
        docsUrl: 'docs/rules.md#backend-mismatch',
        description: 'These checks are for the host-gw backend (L2bridge on Windows). A ConfigMap or RKE cluster.yml with another backend, or nodes whose ' +
            'flannel.alpha.coreos.com/backend-type annotation differs, mean the cluster runs something else, or mixes backends that cannot reach each other.',
        remediation: 'Set Backend.Type to "host-gw" in net-conf.json of kube-flannel-cfg (RKE: network.options.flannel_backend_type), then restart the flannel DaemonSets on Linux and Windows.',
        docs: {
            summary: 'flannel is not configured for host-gw, or nodes disagree',
            providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
            checks: [
                "The flannel ConfigMap (`net-conf.json` `Backend.Type`), RKE's `flannel_backend_type` or a node's `flannel.alpha.coreos.com/backend-type` annotation says something other than `host-gw`, or nodes disagree.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The flannel ConfigMap (`kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml`) or RKE `cluster.yml`, when available.',
            ],
            remediation: ['Set `"Backend": {"Type": "host-gw"}` and restart the flannel DaemonSets (Linux and Windows).'],
            fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
        },
    },
    *check({ snapshot, topology }) {
        const declared = snapshot.flannel.filter((config) => config.backendType !== undefined);
        for (const config of declared) {
            if (config.backendType === HOST_GW)
                continue;
            const text = 'Set Backend.Type to "host-gw" in net-conf.json, then restart the flannel DaemonSets on Linux and Windows.';
            const edit = editCommand(config.describedBy);
            yield {
                resource: config.describedBy,
                message: `${config.describedBy} sets the flannel backend to "${config.backendType}", not "${HOST_GW}"`,
                remediation: edit ? (0,shell/* withCommand */.UE)({ text }, edit) : { text, command: undefined },
                origin: config.origin,
            };
        }
        const expected = declared[0]?.backendType ?? HOST_GW;
        for (const view of topology.views) {
            const actual = view.node.backendType;
            // A node still on host-gw is where the cluster should be; the ConfigMap finding covers the cluster.
            if (actual === undefined || actual === expected || actual === HOST_GW)
                continue;
            yield {
                node: view.node.name,
                message: `node ${view.node.name} runs flannel backend "${actual}" (annotation flannel.alpha.coreos.com/backend-type) but the cluster is configured for "${expected}"`,
                remediation: (0,shell/* withCommand */.UE)({
                    text: `Restart flannel on ${view.node.name} so it picks up the configured backend (on Windows, also check the flannel config on the host).`,
                }, 
                // A valid node name is one plain word, so it can follow "spec.nodeName=" inside the selector word.
                (0,shell/* shell */.vf) `kubectl -n kube-flannel delete pod --field-selector spec.nodeName=${(0,names/* named */.KT)('kubernetes-node', view.node.name)} -l app=flannel`),
                origin: view.node.origin,
            };
        }
    },
    *gaps({ snapshot, topology }) {
        const backendKnown = snapshot.flannel.some((config) => config.backendType) || topology.views.some((view) => view.node.backendType);
        // Planned nodes (infrastructure code only) run no flannel yet: the backend matters once real nodes are checked.
        if (backendKnown || !topology.views.some((view) => !view.node.planned))
            return;
        yield {
            message: 'the flannel backend is unknown (no flannel ConfigMap, no backend-type annotation on any node)',
            remediation: { text: 'Add the flannel ConfigMap: kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml.' },
        };
    },
};

;// CONCATENATED MODULE: ./lib/rules/check-incomplete.js
/**
 * What no single rule could verify: a cluster without nodes, and what the sources themselves said they could not
 * read (a value Terraform knows only after apply). The other rules report their own gaps (Rule.gaps).
 */
function* cluster({ snapshot }) {
    if (snapshot.nodes.length === 0) {
        yield {
            message: 'the inputs hold no Kubernetes nodes: nothing to check',
            remediation: { text: 'Add the output of `kubectl get nodes -o json`, or nodes in a HostGwInventory.' },
        };
    }
    for (const gap of snapshot.gaps)
        yield {
            key: gap.message,
            message: gap.message,
            node: gap.node,
            resource: gap.resource,
            origin: gap.origin,
            remediation: { text: 'Complete the input data.' },
        };
}
const checkIncomplete = {
    meta: {
        id: 'check-incomplete',
        title: 'Something could not be verified',
        severity: 'warning',
        docsUrl: 'docs/rules.md#check-incomplete',
        reportsGaps: true,
        errorWhenStrict: true,
        fixable: false,
        description: 'A check needs data the inputs do not hold: a node not found in the cloud dumps, a missing dump, an unknown subnet or cluster CIDR. ' +
            'hostgw-preflight never passes what it could not see; with --strict these findings are errors.',
        remediation: 'Add the missing dump named in the message, or run in live mode so the tool reads the cloud itself.',
        docs: {
            summary: 'something could not be verified',
            providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
            severityNote: 'error with `--strict`',
            checks: [
                'A check needed data the inputs do not hold: a node missing from the cloud dumps, a dump not given at all, a subnet or cluster CIDR that is unknown. The message names the dump to add. A warning by default; `--strict` makes it an error, for gates that must not pass on partial data.',
                'Findings raised on behalf of another rule name that rule (`about`).',
            ],
            needs: ['Whatever the other rules need: this rule reports what is missing.'],
            remediation: ['Add the dump named in the message, or run in live mode.'],
            fix: ['None: there is nothing to change in the cloud.'],
        },
    },
    check: cluster,
};

// EXTERNAL MODULE: ./lib/model/order.js
var model_order = __nccwpck_require__(4209);
;// CONCATENATED MODULE: ./lib/rules/shared/gaps.js
/** The remediation of a gap: the dump that holds the missing data, as the provider's CLI writes it. */
function addDump(profile, kind) {
    return `Add ${profile.dumps[kind] ?? 'the missing data'} to the inputs.`;
}

// EXTERNAL MODULE: ./lib/model/cidr-index.js
var cidr_index = __nccwpck_require__(50910);
;// CONCATENATED MODULE: ./lib/rules/shared/route-coverage.js

const OK = { kind: 'ok' };
function judge(index, everywhere, topology, view, cidr) {
    const winners = index.winners(cidr);
    const inside = index.inside(cidr);
    // The usual answer, decided without the closures and lists below: one route, to the node, nothing inside.
    if (winners.length === 1 && inside.length === 0 && topology.isNextHop(winners[0], view))
        return OK;
    const toNode = (route) => topology.isNextHop(route, view);
    const diverted = inside.length === 0 ? inside : inside.filter((route) => !route.system && !toNode(route));
    if (winners.length > 0 && winners.every(toNode))
        return diverted.length > 0 ? { kind: 'shadowed', routes: diverted } : OK;
    if (index.covering(cidr).some(toNode))
        return { kind: 'shadowed', routes: [...winners.filter((route) => !toNode(route)), ...diverted] };
    const misdirected = winners.filter((route) => route.nextHop.kind !== 'other');
    if (misdirected.length > 0)
        return { kind: 'wrong', routes: misdirected };
    const elsewhere = everywhere().covering(cidr).find(toNode);
    return elsewhere ? { kind: 'not-applied', route: elsewhere } : { kind: 'missing', winners };
}
function analyse(topology, routing) {
    const scopes = routing.scopes(topology);
    const indexes = scopes.map((scope) => new cidr_index/* CidrIndex */.d(scope.routes));
    // Only pod CIDRs without a working route look beyond their scope's routes: most clusters never need this index,
    // and where one scope sees every route (one network, no tagged routes) its index already is it.
    const { routes } = topology.snapshot;
    let allRoutes = indexes.find((index) => index.entries.length === routes.length);
    const everywhere = () => (allRoutes ??= new cidr_index/* CidrIndex */.d(routes));
    const scoped = new Set(scopes.flatMap((scope) => scope.members));
    const problems = [];
    // Verdicts of the pod CIDR at hand, by scope: entries are made only for a pod CIDR that some scope gets wrong,
    // since nearly every one is fine and the rules only report the others.
    const verdicts = new Array(scopes.length);
    for (const view of topology.views) {
        for (const cidr of view.node.podCidrs) {
            let troubled = false;
            for (let i = 0; i < scopes.length; i++) {
                const scope = scopes[i];
                const verdict = scope.members.length === 1 && scope.members[0] === view
                    ? undefined
                    : judge(indexes[i], everywhere, topology, view, cidr);
                verdicts[i] = verdict;
                if (verdict && verdict.kind !== 'ok')
                    troubled = true;
            }
            if (troubled)
                problems.push({
                    view,
                    cidr,
                    scopes: scopes.flatMap((scope, i) => (verdicts[i] ? [{ scope, verdict: verdicts[i] }] : [])),
                });
        }
    }
    return { scopes, problems, unscoped: topology.views.filter((view) => !scoped.has(view)) };
}
const cache = new WeakMap();
/** Route coverage of every pod CIDR from every scope, computed once per topology and shared by the route rules. */
function routeCoverage(topology, routing) {
    let coverage = cache.get(topology);
    if (!coverage)
        cache.set(topology, (coverage = analyse(topology, routing)));
    return coverage;
}
/** "pool-a-1, pool-a-2 and 3 more" */
function nodeList(views, max = 3) {
    const names = views.map((view) => view.node.name);
    return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

;// CONCATENATED MODULE: ./lib/rules/forwarding-disabled.js



/** A planned node's addresses may be known only after apply: then every interface of its machine is its own. */
function interfacesOf(view, snapshot) {
    if (!view.node.planned || view.interfaces.length > 0 || !view.instanceKey)
        return view.interfaces;
    return snapshot.interfaces.filter((iface) => iface.instanceKey === view.instanceKey);
}
/** One gap for the whole cluster when no instance data was given, one per node that matches no machine. */
function* unjoined({ topology, profile }) {
    const noData = topology.views.filter((view) => view.join === 'no-cloud-data');
    if (noData.length > 0) {
        yield {
            message: `no ${profile.displayName} instance data: the ${profile.forwarding?.switchName ?? 'forwarding setting'} of ${noData.length} node(s) (${nodeList(noData)}) cannot be verified`,
            remediation: { text: addDump(profile, 'instances') },
        };
    }
    for (const view of topology.views.filter((candidate) => candidate.join === 'not-found')) {
        const key = view.node.providerId ? `providerID ${view.node.providerId}` : `IP ${view.ips.join(', ') || '(none)'}`;
        yield {
            node: view.node.name,
            message: `node ${view.node.name} (${key}) matches no machine in the ${profile.displayName} data: its forwarding and network cannot be verified`,
            remediation: {
                text: `Include the node's instance in the cloud dumps (all zones/regions/resource groups of the cluster). ${addDump(profile, 'instances')}`,
            },
            origin: view.node.origin,
        };
    }
}
function machineList(matches) {
    return matches.map((match) => `${match.id} (${match.network ?? 'network unknown'})`).join(', ');
}
/**
 * A node whose address several machines hold, or only machines outside the cluster's network: it is not joined, so
 * none of them becomes its fix target. Its own key tells this gap apart from the node's other gaps.
 */
function* refusedJoins({ topology, profile }) {
    for (const view of topology.views) {
        if (view.join !== 'ambiguous' || !view.refused)
            continue;
        const { reason, matches } = view.refused;
        const networks = [...topology.clusterNetworks].sort(model_order/* compareText */.n).join(', ');
        const unlinked = view.node.providerId
            ? `'s providerID ${view.node.providerId} matches no machine in the data, and`
            : ' has no providerID, and';
        const why = reason === 'shared'
            ? `its IP ${view.ips.join(', ')} is held by several ${profile.displayName} machines: ${machineList(matches)}`
            : `its IP ${view.ips.join(', ')} is held only by ${machineList(matches)}, outside the cluster's network (${networks})`;
        yield {
            node: view.node.name,
            key: 'ip-join',
            message: `node ${view.node.name}${unlinked} ${why}: none is taken as its machine, so its forwarding and network cannot be verified`,
            remediation: {
                text: "Set the node's spec.providerID (run the cloud controller manager, or kubelet --provider-id) so that it joins its own machine, or leave the other machines out of the cloud dumps.",
            },
            origin: view.node.origin,
        };
    }
}
/** Joined nodes without interfaces, and interfaces whose forwarding setting the data leaves out. */
function* interfaceGaps({ topology, profile, snapshot }) {
    const bare = topology.views.filter((view) => !view.node.planned && view.join === 'joined' && view.interfaces.length === 0);
    // Azure VM listings hold no NICs: without the NIC dump every node lacks interfaces, which is one missing dump.
    const noInterfaceData = !snapshot.present.has('interfaces') && bare.length > 0;
    if (noInterfaceData) {
        yield {
            message: `no ${profile.displayName} network interface data: the ${profile.forwarding?.switchName ?? 'forwarding setting'} of ${bare.length} node(s) (${nodeList(bare)}) cannot be verified`,
            remediation: { text: addDump(profile, 'interfaces') },
        };
    }
    // A source that said why a setting is unknown (a value Terraform knows only after apply) has said it better.
    const explained = new Set(snapshot.gaps.flatMap((gap) => (gap.resource ? [gap.resource] : [])));
    for (const view of topology.views) {
        if (view.node.planned || view.join !== 'joined')
            continue;
        if (view.interfaces.length === 0 && !noInterfaceData) {
            yield {
                node: view.node.name,
                resource: view.instance?.id ?? view.instanceKey,
                message: `no network interface of ${view.instance?.id ?? view.instanceKey} carries node ${view.node.name}'s IP ${view.ips.join(', ')}: forwarding cannot be verified`,
                remediation: { text: addDump(profile, 'interfaces') },
                origin: view.node.origin,
            };
        }
        for (const iface of view.interfaces) {
            if (iface.forwarding !== undefined || !profile.forwarding || explained.has(iface.id))
                continue;
            yield {
                node: view.node.name,
                resource: iface.id,
                message: `the ${profile.forwarding.switchName} setting of ${iface.name} is not in the data (trimmed query?)`,
                remediation: { text: addDump(profile, 'interfaces') },
                origin: iface.origin,
            };
        }
    }
}
const forwardingDisabled = {
    meta: {
        id: 'forwarding-disabled',
        title: "A node's cloud anti-spoofing check is still on",
        severity: 'error',
        docsUrl: 'docs/rules.md#forwarding-disabled',
        description: 'host-gw sends pod traffic to the node that owns the pod CIDR with the pod addresses as source and destination. ' +
            'Clouds drop such packets unless the interface may forward traffic that is not its own: AWS source/destination check ' +
            '(per ENI), GCE canIpForward, Azure NIC IP forwarding. This applies to Linux and Windows nodes alike.',
        remediation: 'Turn the check off on every interface that carries the node IP: AWS modify-network-interface-attribute --no-source-dest-check, ' +
            'GCE canIpForward=true (and in the instance template), Azure az network nic update --ip-forwarding true.',
        docs: {
            summary: 'anti-spoofing check still on for a node',
            providers: ['aws', 'gce', 'azure'],
            checks: [
                'host-gw sends pod traffic with pod addresses as source and destination. Clouds drop such packets unless the interface may forward traffic that is not its own. On AWS the source/destination check is a property of each ENI: the instance attribute only mirrors the primary ENI, so the rule checks every ENI that carries the node IP.',
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                "The cloud's instance and interface data: AWS `aws ec2 describe-instances` and `aws ec2 describe-network-interfaces` (authoritative for the per-ENI check), GCE `gcloud compute instances list`, Azure `az network nic list`; or live mode. A node missing from them, or an interface whose setting is not in the data, is a `check-incomplete` finding.",
            ],
            remediation: [
                'AWS `aws ec2 modify-network-interface-attribute --network-interface-id eni-… --no-source-dest-check`; GCE: set `canIpForward: true` (`gcloud compute instances export` / `update-from-file`; the VM restarts) and in the instance template of its managed instance group; Azure `az network nic update --ids … --ip-forwarding true`.',
                'Autoscaled AWS nodes come up with the check on (a launch template cannot turn it off): disable it at boot or from a lifecycle hook.',
            ],
            fix: [
                'AWS: `ModifyNetworkInterfaceAttribute` SourceDestCheck=false on each ENI carrying the node IP (`ModifyInstanceAttribute` only when the ENI is unknown).',
                "GCE: `instances.get` then `instances.update` with `canIpForward: true` and the current fingerprint (restarts the VM); the plan says when a managed instance group's template still has it off.",
                "Azure: NIC update with IP forwarding on; an Azure Policy denial is reported with the policy assignment's name.",
            ],
        },
    },
    *check({ topology, profile, snapshot }) {
        const forwarding = profile.forwarding;
        for (const view of topology.views) {
            const interfaces = interfacesOf(view, snapshot);
            if (interfaces.length === 0 && view.node.forwarding === false) {
                yield {
                    node: view.node.name,
                    message: `node ${view.node.name} does not allow IP forwarding (declared by the inventory): pod traffic to and from it is dropped`,
                    remediation: forwarding?.enable(view, undefined) ?? {
                        text: "Allow forwarding of foreign addresses on the node's network port (hypervisor or switch security policy).",
                    },
                    origin: view.node.origin,
                };
            }
            if (!forwarding)
                continue;
            for (const iface of interfaces) {
                if (iface.forwarding !== false)
                    continue;
                const carried = iface.ips.filter((ip) => view.ips.includes(ip)).join(', ');
                const whose = carried
                    ? `carries ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}'s IP ${carried}`
                    : `of planned ${view.node.os === 'windows' ? 'Windows ' : ''}node ${view.node.name}`;
                yield {
                    node: view.node.name,
                    resource: iface.id,
                    // A state machines only start in (a launch template's) may still be changed at boot: a warning.
                    severity: iface.forwardingCaveat ? 'warning' : undefined,
                    message: iface.forwardingCaveat
                        ? `${forwarding.blockedState} on ${iface.name} (${whose}): ${iface.forwardingCaveat}: the cloud would drop pod traffic to and from those nodes`
                        : `${forwarding.blockedState} on ${iface.name} (${whose}): the cloud drops pod traffic to and from this node`,
                    remediation: iface.remediation ?? forwarding.enable(view, iface),
                    origin: iface.origin,
                };
            }
        }
    },
    *gaps(context) {
        yield* unjoined(context);
        yield* refusedJoins(context);
        yield* interfaceGaps(context);
    },
};

;// CONCATENATED MODULE: ./lib/rules/pod-cidr-missing.js


const podCidrMissing = {
    meta: {
        id: 'pod-cidr-missing',
        title: 'A node has no pod CIDR',
        severity: 'error',
        docsUrl: 'docs/rules.md#pod-cidr-missing',
        description: "flannel with the Kubernetes subnet manager takes each node's subnet from spec.podCIDR(s). A node without one gets no flannel " +
            'lease: its pods get no addresses, and no other node can route to it.',
        remediation: "Let the controller manager allocate pod CIDRs (--allocate-node-cidrs=true with --cluster-cidr matching flannel's Network), " +
            'or set spec.podCIDR once on the node.',
        docs: {
            summary: 'a node without a pod CIDR',
            providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
            checks: [
                'A node without `spec.podCIDR` gets no flannel lease: its pods get no addresses and no route leads to it.',
            ],
            needs: ['The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.'],
            remediation: [
                "Run kube-controller-manager with `--allocate-node-cidrs=true` and a `--cluster-cidr` that matches flannel's `Network`, or set `spec.podCIDR` once on the node.",
            ],
            fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
        },
    },
    *check({ topology }) {
        for (const view of topology.views) {
            // A planned node (from a Terraform plan) gets its pod CIDR when it registers.
            if (view.node.podCidrs.length > 0 || view.node.planned)
                continue;
            yield {
                node: view.node.name,
                message: `node ${view.node.name} has no spec.podCIDR: flannel cannot give it a subnet, so pods there get no network and no route leads to it`,
                remediation: (0,shell/* withCommand */.UE)({
                    text: 'Check that kube-controller-manager runs with --allocate-node-cidrs=true and a --cluster-cidr with free space, or assign one (podCIDR can be set once).',
                }, (0,shell/* shell */.vf) `kubectl patch node ${(0,names/* named */.KT)('kubernetes-node', view.node.name)} --type merge -p ${'{"spec":{"podCIDR":"<free /24 of the cluster CIDR>","podCIDRs":["<same>"]}}'}`),
                origin: view.node.origin,
            };
        }
    },
};

// EXTERNAL MODULE: ./lib/model/cidr.js
var model_cidr = __nccwpck_require__(1359);
;// CONCATENATED MODULE: ./lib/rules/pod-cidr-overlap.js




function overlapping(index, cidr) {
    const inside = index.inside(cidr);
    return inside.length === 0 ? index.covering(cidr) : [...index.covering(cidr), ...inside];
}
const podCidrOverlap = {
    meta: {
        id: 'pod-cidr-overlap',
        title: 'Pod CIDRs overlap each other, the node network, or leave the cluster CIDR',
        severity: 'error',
        docsUrl: 'docs/rules.md#pod-cidr-overlap',
        description: 'Every node owns its pod CIDR exclusively: host-gw routes the whole block to that node. Two nodes sharing addresses, a pod CIDR ' +
            "inside a node subnet or the VPC/VNet address space, or one outside flannel's Network send traffic to the wrong place or nowhere.",
        remediation: 'Give the node a pod CIDR from the cluster CIDR that no other node, subnet or VPC/VNet range uses: delete and re-register the node, ' +
            'or fix --cluster-cidr/--node-cidr-mask-size so that allocations do not collide.',
        docs: {
            summary: 'pod CIDRs overlapping each other, node subnets or the VPC/VNet, or outside the cluster CIDR',
            providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
            checks: [
                "Each pod CIDR must be owned by exactly one node and lie inside flannel's `Network`, away from node subnets and the VPC/VNet address space.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'For the subnet and VPC/VNet checks, the cloud subnets and networks (`aws ec2 describe-subnets`/`describe-vpcs`, `gcloud compute networks subnets list`, `az network vnet subnet list`/`az network vnet list`, or an inventory); for the cluster CIDR, the flannel ConfigMap, RKE `cluster.yml`, inventory or `--cluster-cidr`.',
            ],
            remediation: [
                'Re-register the node (drain, delete the Node object, restart kubelet) after fixing the allocation settings (`--cluster-cidr`, `--node-cidr-mask-size`).',
            ],
            fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
        },
    },
    *check({ snapshot, topology }) {
        const index = topology.podCidrIndex;
        const blocks = index.entries;
        // The index tells at once whether any two blocks overlap; the usual cluster has none, and then no block is searched.
        for (const block of index.hasOverlaps() ? blocks : []) {
            for (const other of overlapping(index, block.dest)) {
                // Each pair once: from the node that sorts first, or the larger block when a node overlaps itself.
                if (other === block ||
                    other.view.node.name < block.view.node.name ||
                    (other.view === block.view && other.dest.prefix < block.dest.prefix))
                    continue;
                yield overlap(block, `overlaps pod CIDR ${other.dest.text} of node ${other.view.node.name}`, other.view.node.name, 'Each node needs its own block.');
            }
        }
        const spaces = new cidr_index/* CidrIndex */.d([
            ...snapshot.subnets.flatMap((subnet) => subnet.cidrs.map((dest) => ({ dest, what: 'subnet', id: subnet.name ?? subnet.id, origin: subnet.origin }))),
            ...snapshot.networks.flatMap((network) => network.cidrs.map((dest) => ({
                dest,
                what: 'network address space',
                id: network.name ?? network.id,
                origin: network.origin,
            }))),
        ]);
        const clusterCidrsOf = {
            4: snapshot.clusterCidrs.filter((cidr) => cidr.family === 4),
            6: snapshot.clusterCidrs.filter((cidr) => cidr.family === 6),
        };
        for (const block of blocks) {
            for (const space of spaces.intersects(block.dest) ? overlapping(spaces, block.dest) : []) {
                yield overlap(block, `overlaps ${space.what} ${space.id} (${space.dest.text})`, space.id, 'The cloud delivers those addresses to its own network, not to the node.');
            }
            const sameFamily = clusterCidrsOf[block.dest.family];
            if (sameFamily.length > 0 && !containedInAny(sameFamily, block.dest)) {
                yield overlap(block, `lies outside the cluster CIDR ${sameFamily.map((cidr) => cidr.text).join(', ')}`, undefined, 'flannel only routes pod CIDRs inside its Network.');
            }
        }
    },
};
function containedInAny(outers, inner) {
    return outers.some((outer) => (0,model_cidr/* contains */.gR)(outer, inner));
}
function overlap(block, what, resource, why) {
    const name = block.view.node.name;
    return {
        node: name,
        resource,
        key: `${block.dest.text} ${what}`,
        message: `pod CIDR ${block.dest.text} of node ${name} ${what}. ${why}`,
        remediation: (0,shell/* withCommand */.UE)({
            text: `Re-register ${name} so it gets a free pod CIDR from the cluster CIDR (drain, delete the Node object, restart kubelet), after fixing the allocation settings.`,
        }, (0,shell/* shell */.vf) `kubectl drain ${(0,names/* named */.KT)('kubernetes-node', name)} --ignore-daemonsets --delete-emptydir-data && kubectl delete node ${(0,names/* named */.KT)('kubernetes-node', name)}`),
        origin: block.view.node.origin,
    };
}

// EXTERNAL MODULE: ./lib/model/group.js
var group = __nccwpck_require__(52586);
// EXTERNAL MODULE: ./lib/clouds/shared/firewall/common.js
var common = __nccwpck_require__(59122);
// EXTERNAL MODULE: ./lib/clouds/shared/firewall/data.js
var firewall_data = __nccwpck_require__(91471);
;// CONCATENATED MODULE: ./lib/clouds/shared/firewall/types.js
const POD_PROTOCOLS = ['tcp', 'udp', 'icmp'];

;// CONCATENATED MODULE: ./lib/rules/shared/blocked-traffic.js


/** The flows one stage drops for one local scope, gathered into one BlockedTraffic. */
class BlockedGroup {
    stage;
    local;
    localNodes = new Set();
    remoteNodes = new Set();
    protocols = new Set();
    families = new Set();
    sourceCidrs = new Map();
    destCidrs = new Map();
    deniedBy;
    nearMiss;
    shadowed;
    constructor(stage, local) {
        this.stage = stage;
        this.local = local;
    }
    add(protocol, family, sources, dests, source, dest, decision) {
        this.protocols.add(protocol);
        this.families.add(family);
        const ingress = this.stage.side === 'destination';
        for (const cidr of sources) {
            this.sourceCidrs.set(cidr.text, cidr);
            const owner = source.owners.get(cidr.text);
            if (owner)
                (ingress ? this.remoteNodes : this.localNodes).add(owner);
        }
        for (const cidr of dests) {
            this.destCidrs.set(cidr.text, cidr);
            const owner = dest.owners.get(cidr.text);
            if (owner)
                (ingress ? this.localNodes : this.remoteNodes).add(owner);
        }
        this.deniedBy ??= decision.deniedBy;
        this.nearMiss ??= decision.nearMiss;
        this.shadowed ??= decision.shadowed;
    }
    result() {
        const byName = (a, b) => (0,model_order/* compareText */.n)(a.node.name, b.node.name);
        const order = POD_PROTOCOLS.filter((protocol) => this.protocols.has(protocol));
        return {
            stage: this.stage,
            local: this.local,
            localNodes: [...this.localNodes].sort(byName),
            remoteNodes: [...this.remoteNodes].sort(byName),
            protocols: order,
            families: [...this.families].sort(),
            sourceCidrs: [...this.sourceCidrs.values()],
            destCidrs: [...this.destCidrs.values()],
            deniedBy: this.deniedBy,
            nearMiss: this.deniedBy ? undefined : this.nearMiss,
            shadowed: this.shadowed,
        };
    }
}
/**
 * Scopes that differ only in rules that do not matter here (a GCE tag targeted by an unrelated rule, another subnet
 * NSG) are dropped by the same rule of the same set: one finding, and one fix, for all of them.
 */
function mergeAlike(blocks) {
    const merged = new Map();
    const byName = (a, b) => (0,model_order/* compareText */.n)(a.node.name, b.node.name);
    const union = (a, b, key) => [
        ...new Map([...a, ...b].map((item) => [key(item), item])).values(),
    ];
    for (const block of blocks) {
        const key = JSON.stringify([
            block.stage.sets.map((set) => set.id),
            block.stage.direction,
            block.deniedBy?.id,
            block.shadowed?.id,
            block.nearMiss?.id,
            block.protocols,
            block.families,
        ]);
        const existing = merged.get(key);
        if (!existing) {
            merged.set(key, block);
            continue;
        }
        merged.set(key, {
            ...existing,
            localNodes: union(existing.localNodes, block.localNodes, (view) => view.node.name).sort(byName),
            remoteNodes: union(existing.remoteNodes, block.remoteNodes, (view) => view.node.name).sort(byName),
            sourceCidrs: union(existing.sourceCidrs, block.sourceCidrs, (cidr) => cidr.text),
            destCidrs: union(existing.destCidrs, block.destCidrs, (cidr) => cidr.text),
            mergedKeys: [...(existing.mergedKeys ?? [existing.local.key]), block.local.key],
        });
    }
    return [...merged.values()];
}

;// CONCATENATED MODULE: ./lib/rules/shared/firewall.js



function protocolName(protocol, family) {
    return protocol === 'icmp' && family === 6 ? 'icmpv6' : protocol;
}
function matchesProtocol(rule, protocol, family) {
    return rule.protocols === 'all' || rule.protocols.includes(protocolName(protocol, family));
}
/** Rule ranges with references resolved (Azure service tags); `any` for a destination the rule does not restrict. */
class Ranges {
    resolve;
    cache = new Map();
    constructor(resolve) {
        this.resolve = resolve;
    }
    of(rule) {
        let entry = this.cache.get(rule);
        if (!entry) {
            const resolved = (refs) => (refs ?? []).flatMap((ref) => this.resolve(ref) ?? []);
            const source = rule.sourceRefs.length > 0 ? [...rule.sourceRanges, ...resolved(rule.sourceRefs)] : rule.sourceRanges;
            const dest = rule.destRanges === undefined && rule.destRefs === undefined
                ? 'any'
                : [...(rule.destRanges ?? []), ...resolved(rule.destRefs)];
            this.cache.set(rule, (entry = { source, dest }));
        }
        return entry;
    }
}
/** First match wins over the stage's rules; a deny counts when it touches the flow, an allow only when it holds all of it. */
function decide(stage, protocol, family, source, dest, ranges) {
    // The allow rule that most looks like it was meant for this traffic: one naming the node group, else any.
    let byReference;
    let anyAllow;
    const nearMiss = () => byReference ?? anyAllow;
    let touched = false;
    const rules = stage.rules;
    for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (!matchesProtocol(rule, protocol, family))
            continue;
        const { source: from, dest: to } = ranges.of(rule);
        const allPorts = rule.ports.length === 0;
        if (rule.action === 'deny') {
            // A deny of some ports only (ssh from the internet) is a policy, not a broken network: it is left alone.
            if (!allPorts || !(0,firewall_data/* touches */.yI)(from, source) || (to !== 'any' && !(0,firewall_data/* touches */.yI)(to, dest)))
                continue;
            const whole = (0,firewall_data/* covered */.p_)(from, source) && (to === 'any' || (0,firewall_data/* covered */.p_)(to, dest));
            const shadowed = rules
                .slice(i + 1)
                .find((later) => later.action === 'allow' && matchesProtocol(later, protocol, family) && holds(later, source, dest, ranges));
            return { allowed: false, deniedBy: rule, nearMiss: nearMiss(), shadowed, uniform: whole && !touched };
        }
        if (allPorts && (0,firewall_data/* covered */.p_)(from, source) && (to === 'any' || (0,firewall_data/* covered */.p_)(to, dest)))
            return { allowed: true, uniform: true };
        if ((0,firewall_data/* touches */.yI)(from, source) && (to === 'any' || (0,firewall_data/* touches */.yI)(to, dest)) && allPorts)
            touched = true;
        if (rule.sourceRefs.length > 0 || (rule.destRefs ?? []).length > 0)
            byReference ??= rule;
        anyAllow ??= rule;
    }
    if (stage.fallback.action === 'allow')
        return { allowed: true, uniform: !touched };
    return { allowed: false, nearMiss: nearMiss(), uniform: !touched };
}
function holds(rule, source, dest, ranges) {
    const { source: from, dest: to } = ranges.of(rule);
    return rule.ports.length === 0 && (0,firewall_data/* covered */.p_)(from, source) && (to === 'any' || (0,firewall_data/* covered */.p_)(to, dest));
}
function families(scope) {
    const result = new Map();
    for (const family of [4, 6]) {
        const cidrs = (0,firewall_data/* podCidrsOf */.Kh)(scope.members, family);
        const aggregate = (0,firewall_data/* commonSupernet */._h)(cidrs);
        if (!aggregate)
            continue;
        const owners = new Map();
        for (const view of scope.members)
            for (const cidr of view.node.podCidrs)
                if (!owners.has(cidr.text))
                    owners.set(cidr.text, view);
        result.set(family, { aggregate, cidrs, owners });
    }
    return result;
}
/** Judges flows and gathers the dropped ones per stage and local scope, counting the decisions made. */
class FlowJudge {
    ranges;
    groups = new Map();
    decisions = 0;
    constructor(ranges) {
        this.ranges = ranges;
    }
    /** The whole pod range first; where rules hold parts of it, each destination, then each source where it differs. */
    judge(flow) {
        const { source, dest } = flow;
        const whole = this.decide(flow, source.aggregate, dest.aggregate);
        if (whole.allowed)
            return;
        if (whole.uniform)
            return this.record(flow, source.cidrs, dest.cidrs, whole);
        for (const d of dest.cidrs) {
            const toD = this.decide(flow, source.aggregate, d);
            if (toD.allowed)
                continue;
            if (toD.uniform) {
                this.record(flow, source.cidrs, [d], toD);
                continue;
            }
            for (const s of source.cidrs) {
                if (flow.withinScope && source.owners.get(s.text) === dest.owners.get(d.text))
                    continue;
                const one = this.decide(flow, s, d);
                if (!one.allowed)
                    this.record(flow, [s], [d], one);
            }
        }
    }
    decide(flow, source, dest) {
        this.decisions++;
        return decide(flow.stage, flow.protocol, flow.family, source, dest, this.ranges);
    }
    record(flow, sources, dests, decision) {
        const key = `${flow.stage.key}|${flow.local.key}`;
        let group = this.groups.get(key);
        if (!group)
            this.groups.set(key, (group = new BlockedGroup(flow.stage, flow.local)));
        group.add(flow.protocol, flow.family, sources, dests, flow.source, flow.dest, decision);
    }
}
function firewall_analyse(topology, firewall) {
    const data = new firewall_data/* FirewallData */.XB(topology);
    if (!data.present)
        return undefined;
    const layout = firewall.layout(topology, data);
    const flows = new FlowJudge(new Ranges((ref) => firewall.resolve?.(ref, data)));
    const scopeFamilies = new Map(layout.scopes.map((scope) => [scope, families(scope)]));
    let pairs = 0;
    for (const from of layout.scopes) {
        for (const to of layout.scopes) {
            // Traffic between pods of one node never reaches the cloud network.
            if (from === to && from.members.length < 2)
                continue;
            pairs++;
            for (const stage of firewall.stages(from, to, data)) {
                const local = stage.side === 'destination' ? to : from;
                for (const [family, source] of scopeFamilies.get(from)) {
                    const dest = scopeFamilies.get(to).get(family);
                    if (!dest)
                        continue;
                    for (const protocol of POD_PROTOCOLS)
                        flows.judge({ stage, local, protocol, family, source, dest, withinScope: from === to });
                }
            }
        }
    }
    const blocked = mergeAlike([...flows.groups.values()]
        .map((group) => group.result())
        .filter((block) => block.localNodes.length > 0 && block.remoteNodes.length > 0));
    return { layout, blocked, counts: { scopes: layout.scopes.length, pairs, decisions: flows.decisions }, data };
}
const firewall_cache = new WeakMap();
/** Firewall analysis of the snapshot, computed once per topology; undefined without firewall data or profile. */
function firewallAnalysis(topology, profile) {
    if (!profile.firewall)
        return undefined;
    let analysis = firewall_cache.get(topology);
    if (analysis === undefined)
        firewall_cache.set(topology, (analysis = firewall_analyse(topology, profile.firewall) ?? null));
    return analysis ?? undefined;
}
/** Why an allow rule that looks right does not admit forwarded pod traffic. */
function whyNot(rule, stage) {
    const what = `rule ${rule.name}`;
    if (rule.ports.length > 0)
        return `${what} allows only ${rule.ports.join(', ')}`;
    // An inbound rule limited to destinations: usually the node subnet, which pod addresses are not in.
    if (rule.direction === 'ingress' &&
        rule.destRanges !== undefined &&
        rule.destRanges.length > 0 &&
        (rule.destRefs ?? []).length === 0) {
        return `${what} admits only destinations ${rule.destRanges.map((cidr) => cidr.text).join(', ')}, not the pod CIDRs`;
    }
    // The remote side: the source of an inbound rule, the destination of an outbound one.
    const refs = rule.direction === 'egress' ? (rule.destRefs ?? []) : rule.sourceRefs;
    const ref = refs[0];
    const cidrs = (rule.direction === 'egress' ? (rule.destRanges ?? []) : rule.sourceRanges).map((cidr) => cidr.text);
    if (ref) {
        const [kind, ...rest] = ref.split(':');
        const name = rest.join(':');
        const self = stage.sets.some((set) => set.id === name) ? ' (itself)' : '';
        const also = cidrs.length > 0 ? ` (and ${cidrs.join(', ')})` : '';
        switch (kind) {
            case 'sg':
                return `${what} allows traffic from security group ${name}${self}${also} only: a security-group source matches the private IPs of the ENIs in that group, never pod IPs forwarded through them`;
            case 'tag':
                return `${what} allows source tag ${name}${also} only: source tags match the primary internal IP of the tagged VMs, not alias ranges or routed pod IPs`;
            case 'sa':
                return `${what} allows source service account ${name}${also} only: service accounts match the primary internal IP of the VMs, not routed pod IPs`;
            case 'asg':
                return `${what} allows application security group ${name.split('/').pop()}${also} only: it matches the NICs' own addresses, not pod IPs`;
            case 'pl':
                return `${what} allows prefix list ${name}${also}, whose CIDRs are not in the data: add the pod CIDR to it or as a CIDR source`;
            default:
                return `${what} allows ${name}${also}, which does not include the pod CIDRs`;
        }
    }
    return `${what} admits ${cidrs.join(', ') || 'no address'}, which does not hold the pod CIDRs`;
}

;// CONCATENATED MODULE: ./lib/rules/pod-traffic-blocked.js




function verdict(block) {
    const { stage, deniedBy, shadowed, nearMiss } = block;
    if (deniedBy) {
        const acl = stage.key.startsWith('acl:');
        const rule = acl ? `its rule ${deniedBy.priority}` : `rule ${deniedBy.name} (priority ${deniedBy.priority})`;
        const before = shadowed
            ? `, before ${acl ? `rule ${shadowed.priority}` : `${shadowed.name} (${shadowed.priority})`} can allow it`
            : '';
        return `${rule} denies it${before}`;
    }
    return `${stage.fallback.label}${nearMiss ? `; ${whyNot(nearMiss, stage)}` : ''}`;
}
function nodes(views) {
    return `${nodeList(views)} (${views.length} node${views.length === 1 ? '' : 's'})`;
}
/** "any node", "any other node" (for a single local node), or the remote nodes by name. */
function remoteText(block, everyone) {
    const remote = new Set(block.remoteNodes);
    if (everyone.every((view) => remote.has(view)))
        return 'any node';
    const only = block.localNodes.length === 1 ? block.localNodes[0] : undefined;
    if (only && everyone.every((view) => view === only || remote.has(view)))
        return 'any other node';
    return nodeList(block.remoteNodes);
}
function message(block, everyone) {
    const remote = remoteText(block, everyone);
    const over = `over ${(0,common/* protocolList */.jV)(block.protocols)}`;
    const path = block.stage.side === 'destination'
        ? `pods on ${remote} cannot reach pods on ${nodes(block.localNodes)} ${over}, dropped inbound by ${block.stage.label}`
        : `pods on ${nodes(block.localNodes)} cannot reach pods on ${remote} ${over}, dropped outbound by ${block.stage.label}`;
    return `${path}: ${verdict(block)}`;
}
/** Nodes whose rule sets are named but not in the firewall dumps. */
function* firewallGaps({ topology, profile }) {
    const analysis = firewallAnalysis(topology, profile);
    if (!analysis || !profile.firewall)
        return;
    const byReason = (0,group/* groupBy */.$)(analysis.layout.unresolved, (entry) => entry.reason ?? `the rule set${entry.missing.length === 1 ? '' : 's'} ${entry.missing.join(', ')}`);
    for (const [what, entries] of byReason) {
        const views = entries.map((entry) => entry.view);
        const first = entries[0];
        const message = first.reason
            ? `the firewall of ${views.length} node(s) (${nodeList(views)}) is unknown (${what})`
            : `${what} of ${views.length} node(s) (${nodeList(views)}) ${first.missing.length === 1 ? 'is' : 'are'} not in the firewall data`;
        yield {
            key: what,
            resource: first.missing[0],
            message: `${message}: whether pod traffic reaches them cannot be verified`,
            remediation: { text: `Add ${profile.firewall.dumps} covering these rule sets.` },
        };
    }
}
const podTrafficBlocked = {
    meta: {
        id: 'pod-traffic-blocked',
        title: 'The cloud firewall drops pod traffic between nodes',
        severity: 'error',
        docsUrl: 'docs/rules.md#pod-traffic-blocked',
        description: "With host-gw, packets between nodes keep the pods' addresses as source and destination, so the cloud firewall must admit the pod CIDRs. " +
            "Rules that reference the node group match only the nodes' own addresses: an AWS security-group source matches the private IPs of the ENIs in that group, " +
            "GCE source tags and service accounts match only a VM's primary internal IP, Azure application security groups the NICs' own IPs. " +
            'Forwarded pod traffic needs a rule whose source is the pod CIDR.',
        remediation: 'Add the narrowest allow rule: the nodes as targets, the pod (cluster) CIDR as CIDR source, tcp, udp and icmp, ordered before any deny that matches ' +
            '(aws ec2 authorize-security-group-ingress, gcloud compute firewall-rules create, az network nsg rule create).',
        docs: {
            summary: 'the cloud firewall (security groups, network ACLs, VPC firewall rules, NSGs) drops pod traffic between nodes',
            providers: ['aws', 'gce', 'azure'],
            checks: [
                'With host-gw, packets between nodes keep the **pod addresses** as source and destination. Routes and forwarding can be perfect and the cloud firewall still drops them, because the usual "allow from my node group" rule matches only the nodes\' own addresses:',
                "- **AWS**: a security-group rule whose source is a security group matches only the private IPs of the ENIs in that group; for forwarded traffic it does not allow anything. The nodes' groups need an inbound rule with the pod (cluster) CIDR as a **CIDR** source, and their outbound rules must let pod traffic out. Network ACLs are CIDR-only, stateless and ordered by rule number; they filter only between subnets, outbound on the source's subnet and inbound on the destination's.\n- **GCE**: `sourceTags` and `sourceServiceAccounts` match only a VM's primary internal IP, not alias ranges or routed pod IPs. An ingress rule whose `sourceRanges` cover the pod CIDRs must target the nodes (tags, service accounts or all instances). The lowest priority number wins, a deny beats an allow of equal priority, and every network ends with an implied deny-all ingress (65535); egress rules are checked too.\n- **Azure**: the NIC's NSG and the subnet's NSG must both allow. The `VirtualNetwork` service tag includes the prefixes of user-defined routes, so the default `AllowVnetInBound` (65000) admits pod CIDRs once their routes exist (the route rules check that they do); a lower-numbered rule denying `VirtualNetwork`, `*` or the pod CIDR shadows it. Application security groups, like security-group sources, match only the NICs' own addresses.",
                "Nodes are grouped by the rule sets their traffic passes (security groups and subnet; network, targeted tags and service accounts; NIC and subnet NSG), and every pair of groups is judged once, for TCP, UDP and ICMP on every port, on the groups' whole pod ranges; only a rule covering part of the pod range makes it look at single nodes. One finding per rule set and group of destination (inbound) or source (outbound) nodes names the nodes, the protocols, the rule that drops the traffic (or the rule that looked right and is not) and the narrowest rule to add. A deny of a few ports only (RDP from the internet) is taken as policy and not reported.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                "Firewall dumps; the rule runs only when they are among the inputs: `aws ec2 describe-security-groups`, `aws ec2 describe-network-acls`, `gcloud compute firewall-rules list`, `az network nsg list`. The ENIs' `Groups`, the instances' service accounts and the NICs' and subnets' `networkSecurityGroup` attach them to nodes. A rule set a node uses but the dumps do not hold is a `check-incomplete` finding.",
            ],
            remediation: [
                'AWS `aws ec2 authorize-security-group-ingress --group-id sg-… --ip-permissions IpProtocol=tcp,FromPort=0,ToPort=65535,IpRanges=[{CidrIp=POD_CIDR}] …` (udp, icmp alike; `-egress` for outbound), `aws ec2 create-network-acl-entry … --rule-number N` below the denying entry; GCE `gcloud compute firewall-rules create … --direction INGRESS --source-ranges POD_CIDR --target-tags TAG --allow tcp,udp,icmp --priority P` with P below the deny; Azure `az network nsg rule create … --priority P --access Allow --protocol Tcp --source-address-prefixes POD_CIDR --destination-address-prefixes POD_CIDR` per protocol, numbered before the deny.',
            ],
            fix: [
                '**Scope network** (applied only with `--fix-scope network`): allows the pod CIDRs (every port) where they are dropped.',
                'AWS: `AuthorizeSecurityGroupIngress`/`Egress` with CIDR `IpRanges`/`Ipv6Ranges` (description `pod traffic (host-gw)`) in the group that drops them, one call per step; a rule already in place (`InvalidPermission.Duplicate`) is skipped and the rest added one by one. Network ACLs: `CreateNetworkAclEntry` allow entries numbered before the denying rule; a number already taken by the same entry counts as done, by another entry as a conflict.',
                "GCE: `firewalls.insert` (name `hostgw-pods-<network>-<target>`, targeting the nodes' tag or service account, priority just before the denying rule), waiting on the global operation; `409 alreadyExists` counts as done.",
                'Azure: NSG security rule create-or-update (`hostgw-pods-<protocol>-in`/`-out`, priority just before the denying rule), waiting on the long-running operation.',
            ],
        },
    },
    *check({ topology, profile }) {
        const analysis = firewallAnalysis(topology, profile);
        if (!analysis || !profile.firewall)
            return;
        const everyone = analysis.layout.scopes.flatMap((scope) => scope.members);
        for (const block of analysis.blocked) {
            yield {
                resource: block.stage.sets[0]?.id,
                key: `${block.stage.key}|${(block.mergedKeys ?? [block.local.key]).join('+')}`,
                message: message(block, everyone),
                remediation: profile.firewall.remedy(block, analysis.data),
                origin: block.deniedBy?.origin ?? block.nearMiss?.origin ?? block.stage.sets[0]?.origin,
            };
        }
    },
    gaps: firewallGaps,
};

// EXTERNAL MODULE: ./lib/model/instance-key.js
var instance_key = __nccwpck_require__(59200);
// EXTERNAL MODULE: ./lib/model/provider.js
var model_provider = __nccwpck_require__(42896);
// EXTERNAL MODULE: ./lib/clouds/index.js + 54 modules
var clouds = __nccwpck_require__(47213);
;// CONCATENATED MODULE: ./lib/rules/policy-blocks-fix.js



function cloudViews(topology, provider) {
    return topology.views.filter((view) => !view.node.planned &&
        ((0,instance_key/* instanceProvider */.r6)(view.instanceKey) === provider || view.interfaces.some((iface) => iface.provider === provider)));
}
const policyBlocksFix = {
    meta: {
        id: 'policy-blocks-fix',
        title: 'A policy forbids, or flags, the fix host-gw needs',
        severity: 'error',
        docsUrl: 'docs/rules.md#policy-blocks-fix',
        reportsApplyDenials: true,
        description: 'Every host-gw node needs its cloud anti-spoofing check off. Azure Policy ("Network interfaces should disable IP forwarding"), the GCP ' +
            'organisation policy constraints/compute.vmCanIpForward and AWS service control policies can refuse that change: the fix fails at apply ' +
            "time and nodes created later come up without forwarding. AWS Config's ec2-enis-source-destination-check-enabled refuses nothing but " +
            'reports every host-gw node ENI as non-compliant.',
        remediation: "Exempt the cluster's nodes rather than the whole scope: an Azure policy exemption on the nodes' resource group, an allowed value (or a tag " +
            "condition) for the node instances in the project's compute.vmCanIpForward policy, an SCP exception for the role that applies fixes, and an " +
            'AWS Config remediation exception (or rule scope) for the node ENIs.',
        docs: {
            summary: 'an Azure Policy, GCP organisation policy or SCP refuses the forwarding fix; AWS Config flags host-gw nodes',
            providers: ['aws', 'gce', 'azure'],
            severityNote: 'warning when every node forwards today, note when the inputs cannot settle it and for AWS Config',
            checks: [
                'Every host-gw node needs its anti-spoofing check off, and governance can forbid exactly that: the fix then fails at apply time with an error few people can read, and nodes created later (scale-out, upgrades) come up unable to forward. The rule reads the policies among the inputs (or read live) and names the one in the way:',
                "- **Azure**: an assignment of the built-in policy *Network interfaces should disable IP forwarding* (`88c0b9da-ce96-4b03-9635-f29a937e2900`, effect deny) whose scope covers the nodes' NICs (`notScopes`, `enforcementMode: DoNotEnforce` and an `effect` parameter are honoured; a management-group assignment in the subscription's listing covers it all). An error when a node needs the forwarding fix now, a warning when every node forwards today (any update of their NICs, and every new node, is still refused). Initiative (policy set) assignments cannot be expanded from the listing: a note names them, with the command that shows whether they hold the policy.\n- **GCP**: the project's effective `constraints/compute.vmCanIpForward` policy does not allow a node's instance (allowed and denied values, `under:projects/…`, allow or deny all; gcloud's v2 and v1 dumps). Error or warning as above; a note when the answer depends on folders, organisations or tag conditions a dump cannot resolve.\n- **AWS**: service control policies cannot be read from any dump. The AWS Config managed rule `ec2-enis-source-destination-check-enabled` (`EC2_ENIS_SOURCE_DESTINATION_CHECK_ENABLED`) refuses nothing, but reports every host-gw node ENI as NON_COMPLIANT: a note says that this is expected and how to record it.",
                "When `--fix apply` is refused anyway (`RequestDisallowedByPolicy`, 412 `conditionNotMet` naming a constraint, an SCP's explicit deny), the report after the apply carries a `policy-blocks-fix` error for that node, naming the policy or assignment from the cloud's error.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The policies: `az policy assignment list --disable-scope-strict-match -o json`; `gcloud org-policies describe compute.vmCanIpForward --effective --project P --format=json` (or `gcloud resource-manager org-policies describe …`); `aws configservice describe-config-rules --output json`; or live mode.',
            ],
            remediation: [
                "Azure `az policy exemption create --name hostgw-ip-forwarding --policy-assignment ASSIGNMENT_ID --exemption-category Waiver --scope /subscriptions/S/resourceGroups/NODE_RG`; GCP: allow the node instances (or `under:projects/P`, or a rule with a condition on a tag the node instances carry) in the project's policy, `gcloud org-policies set-policy vmCanIpForward.yaml` (the finding writes the file, keeping what is allowed today); SCP: an exception for the role that applies fixes; AWS Config `aws configservice put-remediation-exceptions --config-rule-name NAME --resource-keys ResourceType=AWS::EC2::NetworkInterface,ResourceId=ENI …` (automatic remediation would turn the check back on), or a rule scope that leaves the node ENIs out.",
            ],
            fix: [
                "Manual: an exemption is a person's decision; the plan carries the finding's commands and apply leaves the policy alone.",
            ],
        },
    },
    *check({ snapshot, topology }) {
        const constraints = snapshot.policies ?? [];
        if (constraints.length === 0)
            return;
        for (const provider of model_provider/* PROVIDERS */.x) {
            const { policies } = (0,clouds/* profileFor */.P5)(provider);
            if (policies)
                yield* policies(constraints, cloudViews(topology, provider), topology);
        }
    },
};

// EXTERNAL MODULE: ./lib/clouds/shared/names.js
var shared_names = __nccwpck_require__(8782);
;// CONCATENATED MODULE: ./lib/rules/route-capacity.js




/** Warn from this share of the limit on, so growth is planned before node registration fails. */
const NEAR = 0.9;
const routeCapacity = {
    meta: {
        id: 'route-capacity',
        title: 'A route table or project is near or over its route limit',
        severity: 'warning',
        docsUrl: 'docs/rules.md#route-capacity',
        description: 'host-gw on a routed cloud needs one route per node (two when dual-stack). Azure allows 400 routes per route table, a hard limit; ' +
            'GCE counts routes against a project quota (250 by default, adjustable). Past it, new nodes get no route and cannot be reached.',
        remediation: 'Azure: split nodes over several clusters or use a routed overlay (vxlan) beyond ~400 pod CIDRs. GCE: request a higher routes quota before scaling.',
        docs: {
            summary: 'a route table or project near or over its route limit',
            providers: ['gce', 'azure'],
            severityNote: "error past Azure's hard limit, note near GCE's quota",
            checks: [
                'One route per node (two when dual-stack). Azure route tables hold at most 400 routes (a hard limit: error beyond it, warning from 90 %); GCE counts routes against a project quota (250 by default, adjustable: warning beyond it, note from 90 %). Routes still to be created for current nodes are counted.',
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
            ],
            remediation: [
                'Azure: stay under 400 pod CIDRs per route table or use a routed overlay; GCE: raise the routes quota.',
            ],
            fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
        },
    },
    *check({ topology, profile }) {
        const routing = profile.routing;
        if (!routing || !topology.snapshot.present.has('routes'))
            return;
        const coverage = routeCoverage(topology, routing);
        const { count: limit, per, hard } = routing.limit;
        const groups = new Map();
        const keyOf = per === 'route table'
            ? (tableId) => tableId
            : (id) => (id ? (0,shared_names/* segmentAfter */.k$)(id, 'projects') : undefined);
        for (const route of topology.snapshot.routes) {
            if (route.system)
                continue;
            const key = keyOf(per === 'route table' ? route.tableId : route.id);
            if (!key)
                continue;
            const group = groups.get(key) ?? { existing: 0, needed: 0 };
            group.existing++;
            groups.set(key, group);
        }
        // Routes still to be created count too: the limit bites when the fix is applied.
        const pending = new Map();
        for (const target of coverage.problems) {
            for (const { verdict, scope } of target.scopes) {
                if (verdict.kind !== 'missing' && verdict.kind !== 'not-applied')
                    continue;
                const key = per === 'route table' ? scope.tableId : scopeProject(scope);
                if (!key)
                    continue;
                const set = pending.get(key) ?? new Set();
                set.add(`${target.view.node.name}|${target.cidr.text}`);
                pending.set(key, set);
            }
        }
        for (const [key, set] of pending) {
            const group = groups.get(key) ?? { existing: 0, needed: 0 };
            group.needed = set.size;
            groups.set(key, group);
        }
        for (const [key, { existing, needed }] of groups) {
            const total = existing + needed;
            if (total < limit * NEAR)
                continue;
            const over = total > limit;
            const severity = over ? (hard ? 'error' : 'warning') : hard ? 'warning' : 'note';
            const name = key.split('/').pop() ?? key;
            yield {
                severity,
                resource: name,
                message: `${per} ${name} holds ${existing} routes${needed ? ` and needs ${needed} more for current nodes` : ''}: ${total} of the ${hard ? 'limit' : 'default quota'} of ${limit}${over ? ' — over it' : ''}`,
                remediation: per === 'route table'
                    ? {
                        text: 'Azure route tables cannot hold more than 400 routes: keep the cluster under that many pod CIDRs per table, or use a routed overlay.',
                        command: undefined,
                    }
                    : (0,shell/* withCommand */.UE)({ text: 'Request a higher "Routes" quota for the project before adding nodes.' }, (0,shell/* shell */.vf) `gcloud compute project-info describe --project ${(0,names/* named */.KT)('gce-project', name)} --format="value(quotas)"`),
            };
        }
    },
};
function scopeProject(scope) {
    return scope.network ? (0,shared_names/* segmentAfter */.k$)(scope.network, 'projects') : undefined;
}

;// CONCATENATED MODULE: ./lib/rules/route-missing.js


const routeMissing = {
    meta: {
        id: 'route-missing',
        title: "No cloud route carries a node's pod CIDR",
        severity: 'error',
        docsUrl: 'docs/rules.md#route-missing',
        routeState: 'missing',
        description: 'On GCE and Azure the cloud network routes between nodes, so it needs a route for every pod CIDR (each family when dual-stack) with the ' +
            'owning node as next hop: a GCE static route or an Azure user-defined route. Without it, traffic for those pods takes the default route and is lost.',
        remediation: 'Create the route: gcloud compute routes create --next-hop-instance, or az network route-table route create --next-hop-type VirtualAppliance; ' +
            'or let the cloud route controller do it (--configure-cloud-routes).',
        docs: {
            summary: "GCE/Azure: no route carries a node's pod CIDR",
            providers: ['gce', 'azure'],
            checks: [
                'GCE and Azure route between nodes themselves, so every pod CIDR (each family when dual-stack) needs a route with the owning node as next hop. Without one, the traffic follows the default route and is lost.',
                "Route analysis is real routing: longest-prefix match over each node's effective route set (GCE: network, tags and priority; Azure: the route table associated with the node's subnet), IPv4 and IPv6.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
            ],
            remediation: [
                '`gcloud compute routes create NAME --network NET --destination-range CIDR --next-hop-instance NODE --next-hop-instance-zone ZONE`, or `az network route-table route create … --next-hop-type VirtualAppliance --next-hop-ip-address NODE_IP`; or let the cloud route controller manage them (`--configure-cloud-routes`).',
            ],
            fix: [
                "GCE `routes.insert` (next hop instance, the nodes' network, no tags, name `hostgw-<node>`, `-v6` for IPv6); Azure route create in the table associated with the node subnets (`VirtualAppliance`, next hop = node IP).",
            ],
        },
    },
    *check({ topology, profile }) {
        if (!profile.routing || !topology.snapshot.present.has('routes'))
            return;
        for (const target of routeCoverage(topology, profile.routing).problems) {
            if (!target.scopes.some((entry) => entry.verdict.kind === 'missing'))
                continue;
            const missing = target.scopes.filter((entry) => entry.verdict.kind === 'missing');
            // A misdirected route is the root cause; once it is fixed, the scopes it does not reach show up as not-applied.
            if (target.scopes.some((entry) => entry.verdict.kind === 'wrong'))
                continue;
            // Create the route where routes can live: a subnet without a route table has nowhere to hold it.
            const first = missing.find((entry) => entry.scope.tableId ?? entry.scope.network) ?? missing[0];
            const verdict = first.verdict;
            const fallback = verdict.kind === 'missing' && verdict.winners[0]
                ? `; traffic follows ${verdict.winners[0].name} (${verdict.winners[0].nextHop.text}) instead`
                : '';
            const from = missing.length === target.scopes.length
                ? 'any node'
                : nodeList(missing.flatMap((entry) => entry.scope.members));
            yield {
                node: target.view.node.name,
                key: target.cidr.text,
                message: `no route for pod CIDR ${target.cidr.text} of node ${target.view.node.name}: pods on ${from} cannot reach its pods${fallback}`,
                remediation: profile.routing.createRoute(target.view, target.cidr, first.scope),
                origin: target.view.node.origin,
            };
        }
    },
    *gaps({ topology, profile }) {
        if (!profile.routing || topology.snapshot.present.has('routes'))
            return;
        yield {
            message: `no ${profile.displayName} route data: whether every pod CIDR has a route cannot be verified`,
            remediation: { text: addDump(profile, 'routes') },
        };
    },
};

;// CONCATENATED MODULE: ./lib/rules/route-not-applied.js


/**
 * Planned nodes come from a Terraform plan, which names what it cannot know as gaps of its own; the hints
 * written for dumps ("add describe-subnets") do not apply to them.
 */
function current(views) {
    return views.filter((view) => !view.node.planned);
}
const routeNotApplied = {
    meta: {
        id: 'route-not-applied',
        title: 'A correct route exists but some nodes do not get it',
        severity: 'error',
        docsUrl: 'docs/rules.md#route-not-applied',
        routeState: 'not applied',
        description: "Routes apply to a subset of machines: on Azure, only subnets associated with the route table; on GCE, only the route's network and, " +
            'when it has tags, only instances with one of them. Nodes outside that subset cannot reach the pod CIDR even though the route exists.',
        remediation: "Azure: associate the route table with every node subnet. GCE: create the route on the nodes' network, and drop its tags or tag every node. " +
            'Both change routing for every VM in the subnet or network.',
        docs: {
            summary: 'a correct route exists but some nodes do not get it',
            providers: ['gce', 'azure'],
            checks: [
                'A correct route exists, but not in the route set some nodes see: on Azure, the route table is not associated with their subnet (or their subnet uses another table); on GCE, the route is on another network or limited by `tags` the nodes lack. The finding names the nodes that cannot reach the pod CIDR.',
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
                'A node whose subnet (Azure) or network (GCE) is unknown is a `check-incomplete` finding.',
            ],
            remediation: [
                'Associate the table with every node subnet (`az network vnet subnet update --route-table`), or create the route on the right network / tag the instances. These change routing for every VM in the subnet or network.',
            ],
            fix: [
                "Azure subnet ↔ route table association, GCE tags or a route on the nodes' network: **scope network** (applied only with `--fix-scope network`).",
            ],
        },
    },
    *check({ topology, profile }) {
        if (!profile.routing)
            return;
        for (const target of routeCoverage(topology, profile.routing).problems) {
            for (const { verdict, scope } of target.scopes) {
                if (verdict.kind !== 'not-applied')
                    continue;
                const explanation = profile.routing.explainNotApplied(verdict.route, scope, target.view);
                // A node reaches its own pod CIDR locally, whatever routes it sees.
                const from = scope.members.filter((member) => member !== target.view);
                yield {
                    node: target.view.node.name,
                    key: `${target.cidr.text} ${scope.key}`,
                    resource: verdict.route.name,
                    message: `pod CIDR ${target.cidr.text} of node ${target.view.node.name} is unreachable from ${nodeList(from)}: ${explanation.why}`,
                    remediation: { text: explanation.text, command: explanation.command, fix: explanation.fix },
                    origin: verdict.route.origin,
                };
            }
        }
    },
    *gaps({ topology, profile }) {
        if (!profile.routing || !topology.snapshot.present.has('routes'))
            return;
        const { unscoped } = routeCoverage(topology, profile.routing);
        // Without instance data GCE nodes have no network, so no route was checked for them: say so, not just forwarding.
        const reachable = current(unscoped).filter((view) => view.join !== 'not-found' && view.join !== 'ambiguous');
        if (reachable.length === 0)
            return;
        yield {
            message: `the ${profile.id === 'gce' ? 'network' : 'subnet'} of ${reachable.length} node(s) (${nodeList(reachable)}) is unknown: which routes they see cannot be verified`,
            remediation: { text: addDump(profile, profile.id === 'gce' ? 'instances' : 'interfaces') },
        };
    },
};

;// CONCATENATED MODULE: ./lib/model/remediation.js
/** The same fix under a different safety scope: deleting a route is pruning when stale, network-wide when it diverts. */
function rescope(remediation, scope) {
    return remediation.fix ? { ...remediation, fix: { ...remediation.fix, scope } } : remediation;
}

;// CONCATENATED MODULE: ./lib/rules/route-shadowed.js


const routeShadowed = {
    meta: {
        id: 'route-shadowed',
        title: "A more specific or higher-priority route diverts part of a node's pod CIDR",
        severity: 'error',
        docsUrl: 'docs/rules.md#route-shadowed',
        routeState: 'shadowed',
        description: 'Clouds pick the longest matching prefix first (and on GCE the lowest priority value among equal prefixes). A correct route for the ' +
            'pod CIDR does not help when a narrower route inside it, or an equal one with a better priority, sends those addresses elsewhere.',
        remediation: 'Delete or narrow the diverting route, or give the node route the better priority (GCE).',
        docs: {
            summary: 'a more specific or higher-priority route diverts a pod CIDR',
            providers: ['gce', 'azure'],
            checks: [
                'Clouds pick the longest matching prefix (and, on GCE, the lowest priority value among equal prefixes). A correct route does not help when a narrower route inside the pod CIDR, or an equal one with a better priority, sends (part of) the traffic elsewhere.',
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
            ],
            remediation: ['Delete or narrow the diverting route, or give the node route the better priority.'],
            fix: ['Delete the diverting route: **scope network** (applied only with `--fix-scope network`).'],
        },
    },
    *check({ topology, profile }) {
        if (!profile.routing)
            return;
        for (const target of routeCoverage(topology, profile.routing).problems) {
            // One finding per diverting route, naming every scope it diverts for (an untagged route reaches them all).
            if (!target.scopes.some(({ verdict }) => verdict.kind === 'shadowed'))
                continue;
            const scopesOf = new Map();
            for (const { verdict, scope } of target.scopes) {
                if (verdict.kind !== 'shadowed')
                    continue;
                for (const route of verdict.routes)
                    scopesOf.set(route, [...(scopesOf.get(route) ?? []), scope.label]);
            }
            for (const [route, labels] of scopesOf) {
                const part = route.dest.prefix > target.cidr.prefix ? `part (${route.dest.text}) of` : 'all of';
                yield {
                    node: target.view.node.name,
                    key: target.cidr.text,
                    resource: route.name,
                    message: `route ${route.name} diverts ${part} pod CIDR ${target.cidr.text} of node ${target.view.node.name} to ${route.nextHop.text} for ${labels.join(' and ')}`,
                    remediation: rescope(profile.routing.deleteRoute(route), 'network'),
                    origin: route.origin,
                };
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/rules/route-stale.js

const routeStale = {
    meta: {
        id: 'route-stale',
        title: 'A route inside the cluster CIDR serves no current node',
        severity: 'warning',
        docsUrl: 'docs/rules.md#route-stale',
        description: 'Routes left behind by deleted nodes or old pod CIDR assignments use up the route quota (Azure: 400 per table) and, once the block is ' +
            "reassigned, send the new node's traffic to a machine that no longer exists.",
        remediation: 'Delete the route after checking nothing else relies on it.',
        docs: {
            summary: 'a route inside the cluster CIDR serves no current node',
            providers: ['gce', 'azure'],
            checks: [
                "A route inside the cluster CIDR that serves no current node's pod CIDR: left behind by a deleted node or an old assignment. It uses quota and, once the block is reassigned, sends traffic to a machine that no longer exists.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
                'The cluster CIDR: flannel ConfigMap, RKE `cluster.yml`, inventory or `--cluster-cidr`.',
            ],
            remediation: ['Delete the route after checking nothing else relies on it.'],
            fix: ['Delete: only with `--prune`.'],
        },
    },
    *check({ snapshot, topology, profile }) {
        if (!profile.routing || snapshot.clusterCidrs.length === 0)
            return;
        const podCidrs = topology.podCidrIndex;
        for (const route of snapshot.routes) {
            // A route over a current pod CIDR is judged by the coverage rules (wrong next hop, shadowed), not here.
            if (route.system || podCidrs.intersects(route.dest))
                continue;
            if (!snapshot.clusterCidrs.some((cidr) => (0,model_cidr/* overlaps */.$f)(cidr, route.dest)))
                continue;
            const target = topology.nextHopNode(route);
            // A route to a planned node serves the pod CIDR it gets when it registers: not stale.
            if (target?.node.planned)
                continue;
            yield {
                resource: route.name,
                message: `route ${route.name} (${route.dest.text} via ${target ? `node ${target.node.name}` : route.nextHop.text}) is inside the cluster CIDR but no node has that pod CIDR${target ? '' : ', and its next hop is not a current node'}`,
                remediation: profile.routing.deleteRoute(route),
                origin: route.origin,
            };
        }
    },
    *gaps({ snapshot, profile }) {
        // Without route data, route-missing's gap already says that no route was checked.
        if (!profile.routing || !snapshot.present.has('routes') || snapshot.clusterCidrs.length > 0)
            return;
        yield {
            message: 'the cluster CIDR is unknown: stale routes and pod CIDRs outside it cannot be detected',
            remediation: {
                text: 'Add the flannel ConfigMap (kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml) or pass --cluster-cidr.',
            },
        };
    },
};

;// CONCATENATED MODULE: ./lib/rules/route-wrong-next-hop.js

const routeWrongNextHop = {
    meta: {
        id: 'route-wrong-next-hop',
        title: "The route for a node's pod CIDR points somewhere else",
        severity: 'error',
        docsUrl: 'docs/rules.md#route-wrong-next-hop',
        routeState: 'wrong next hop',
        description: 'A route exists for the pod CIDR but its next hop is another node, a deleted instance or an unrelated appliance: traffic for the pods ' +
            'goes there and is dropped (or, worse, answered by the wrong pods after an address reuse).',
        remediation: 'Point the route at the node that owns the pod CIDR (Azure: update in place; GCE: routes are immutable, create the right one, then delete the wrong one).',
        docs: {
            summary: 'the route for a pod CIDR points somewhere else',
            providers: ['gce', 'azure'],
            checks: [
                'A route carries the pod CIDR but points at another node, a deleted instance or an unrelated appliance.',
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The routes and what decides which nodes see them: GCE `gcloud compute routes list` and `gcloud compute instances list` (network, tags); Azure `az network route-table list` (routes and subnet associations) and `az network nic list`; or live mode.',
            ],
            remediation: [
                'Azure: update the route in place. GCE routes are immutable: create the right route, then delete the wrong one (the command in the finding does both, in that order).',
            ],
            fix: [
                'Azure: route updated in place; GCE (routes are immutable): the right route inserted first, then the wrong one deleted.',
            ],
        },
    },
    *check({ topology, profile }) {
        if (!profile.routing)
            return;
        for (const target of routeCoverage(topology, profile.routing).problems) {
            let seen;
            for (const { verdict } of target.scopes) {
                if (verdict.kind !== 'wrong')
                    continue;
                for (const route of verdict.routes) {
                    if (seen?.has(route))
                        continue;
                    (seen ??= new Set()).add(route);
                    const actual = topology.nextHopNode(route);
                    yield {
                        node: target.view.node.name,
                        key: target.cidr.text,
                        resource: route.name,
                        message: `route ${route.name} (${route.dest.text}) carries pod CIDR ${target.cidr.text} of node ${target.view.node.name} but points at ${actual ? `node ${actual.node.name}` : route.nextHop.text}`,
                        remediation: profile.routing.repointRoute(route, target.view, target.cidr),
                        origin: route.origin,
                    };
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./lib/rules/subnet-mismatch.js




function describeSubnet(views, id) {
    const subnet = views[0]?.subnet;
    const cidrs = subnet?.cidrs.map((cidr) => cidr.text).join(', ');
    return `${subnet?.name ? `${subnet.name} (${id})` : id}${cidrs ? ` ${cidrs}` : ''}`;
}
const subnetMismatch = {
    meta: {
        id: 'subnet-mismatch',
        title: 'Nodes are not all in one layer-2 subnet',
        severity: 'error',
        docsUrl: 'docs/rules.md#subnet-mismatch',
        description: 'On AWS, vSphere and bare metal, flannel host-gw adds "podCIDR via nodeIP" routes on every node. The kernel only accepts ' +
            'a gateway that is on-link, so every node must share one layer-2 subnet; a node elsewhere can neither reach nor be reached by pods on the others.',
        remediation: 'Run all nodes of the cluster in one subnet (launch templates, node pools and static IPs), or use a routed backend such as vxlan.',
        docs: {
            summary: 'L2 providers: a node outside the subnet holding the others',
            providers: ['aws', 'vsphere', 'baremetal'],
            checks: [
                "On AWS, vSphere and bare metal every node must sit in one layer-2 subnet: flannel's `podCIDR via nodeIP` routes need an on-link gateway. The subnet most nodes are in is taken as the right one; the others are reported.",
            ],
            needs: [
                'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
                'The subnets: AWS `aws ec2 describe-subnets` with the instances or interfaces; bare metal and vSphere need an inventory with `spec.subnets` so the tool knows the segments.',
            ],
            remediation: [
                'Run all nodes in one subnet (launch templates, node pools, static IPs), or use a routed backend (vxlan).',
            ],
            fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
        },
    },
    *check({ topology, profile }) {
        if (profile.routing)
            return;
        const bySubnet = (0,group/* groupBy */.$)(topology.views, (view) => view.subnetId || undefined);
        if (bySubnet.size < 2)
            return;
        // The subnet most nodes are in is the one the others should join; ties fall to the lowest id, for stable output.
        const [majorityId, majority] = [...bySubnet.entries()].sort((a, b) => b[1].length - a[1].length || (0,model_order/* compareText */.n)(a[0], b[0]))[0];
        const split = [...bySubnet.entries()].map(([id, views]) => `${id} (${views.length})`).join(', ');
        for (const [id, views] of bySubnet) {
            if (id === majorityId)
                continue;
            for (const view of views) {
                yield {
                    node: view.node.name,
                    resource: id,
                    message: `node ${view.node.name} is in subnet ${describeSubnet(views, id)}, but ${majority.length} of ${topology.views.length} nodes are in ${describeSubnet(majority, majorityId)}: host-gw routes between them are not on-link (nodes per subnet: ${split})`,
                    remediation: {
                        text: `Move ${view.node.name} into subnet ${majorityId} (replace the instance or its network interface); host-gw cannot span subnets.`,
                    },
                    origin: view.interfaces[0]?.origin ?? view.node.origin,
                };
            }
        }
    },
    *gaps({ topology, profile, snapshot }) {
        if (profile.routing)
            return;
        const unknown = topology.views.filter((view) => !view.node.planned &&
            !view.subnetId &&
            view.join !== 'not-found' &&
            view.join !== 'ambiguous' &&
            view.join !== 'no-cloud-data');
        if (unknown.length === 0)
            return;
        yield {
            message: `the subnet of ${unknown.length} node(s) (${nodeList(unknown)}) is unknown: whether all nodes share one layer-2 subnet cannot be verified`,
            remediation: {
                text: snapshot.present.has('subnets')
                    ? "No subnet in the inputs holds these nodes' IPs; add it."
                    : addDump(profile, 'subnets'),
            },
        };
    },
};

;// CONCATENATED MODULE: ./lib/rules/index.js














/** The rule catalogue, in the order docs/rules.md documents it. Ids are stable; add, never rename. */
const RULES = [
    forwardingDisabled,
    subnetMismatch,
    routeMissing,
    routeWrongNextHop,
    routeNotApplied,
    routeShadowed,
    routeStale,
    routeCapacity,
    podCidrMissing,
    podCidrOverlap,
    backendMismatch,
    checkIncomplete,
    policyBlocksFix,
    podTrafficBlocked,
];
const RULE_IDS = new Set(RULES.map((rule) => rule.meta.id));
const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
function ruleById(id) {
    return BY_ID.get(id);
}
/** The rule that takes on a behaviour: the engine and the fixer find rules by their metadata, never by id. */
function ruleWith(flag) {
    const [rule, ...others] = RULES.filter((candidate) => candidate.meta[flag]);
    if (!rule || others.length > 0)
        throw new Error(`exactly one rule must set ${flag}`);
    return rule;
}
function rulesWhere(predicate) {
    return RULES.filter((rule) => predicate(rule.meta));
}
/**
 * What a rule reports: its own findings and, for the rule that reports gaps, every rule's gaps naming their rule
 * (its own findings first, then the gaps in catalogue order).
 */
function* draftsOf(rule, context, rules = RULES) {
    yield* rule.check(context);
    if (!rule.meta.reportsGaps)
        return;
    for (const other of rules)
        for (const gap of other.gaps?.(context) ?? [])
            yield { ...gap, about: other.meta.id };
}


/***/ }),

/***/ 11817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ SnapshotBuilder)
/* harmony export */ });
/* harmony import */ var _model_cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1359);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4209);
/* harmony import */ var _model_provider_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(42896);



/** Keeps the first defined value of each field, so several dumps of the same object complete each other. */
function merge(into, from) {
    const result = { ...into };
    for (const [key, value] of Object.entries(from)) {
        if (result[key] === undefined || (Array.isArray(result[key]) && result[key].length === 0))
            result[key] = value;
    }
    return result;
}
function uniqueCidrs(cidrs) {
    const seen = new Map();
    for (const cidr of cidrs)
        seen.set(cidr.text, cidr);
    return [...seen.values()].sort(_model_cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCidrs */ .z_);
}
/** Collects what the format readers find, merging objects that several dumps describe. */
class SnapshotBuilder {
    nodes = new Map();
    instances = new Map();
    interfaces = new Map();
    subnets = new Map();
    networks = new Map();
    routes = new Map();
    routeTables = new Map();
    associations = new Map();
    firewallSets = new Map();
    firewallRules = new Map();
    policies = new Map();
    flannel = [];
    clusterCidrs = [];
    gaps = [];
    present = new Set();
    sources = [];
    declaredProvider;
    pending = new Map();
    addNode(node) {
        const existing = this.nodes.get(node.name);
        this.nodes.set(node.name, existing ? merge(existing, node) : node);
        this.present.add('nodes');
    }
    addInstance(instance) {
        const existing = this.instances.get(instance.key);
        this.instances.set(instance.key, existing ? merge(existing, instance) : instance);
        this.present.add('instances');
    }
    /**
     * `authoritative` interfaces come from an interface listing (describe-network-interfaces, az nic list) and win
     * over the copies embedded in instance listings, which can be older or, for instance-level attributes, only
     * mirror the primary interface.
     */
    addInterface(iface, authoritative) {
        const existing = this.interfaces.get(iface.id);
        if (!existing)
            this.interfaces.set(iface.id, { iface, authoritative });
        else if (authoritative && !existing.authoritative)
            this.interfaces.set(iface.id, { iface: merge(iface, existing.iface), authoritative });
        else
            this.interfaces.set(iface.id, {
                iface: merge(existing.iface, iface),
                authoritative: existing.authoritative || authoritative,
            });
        this.present.add('interfaces');
    }
    /** Cidrs are deduplicated even within one listing: describe-vpcs repeats CidrBlock in CidrBlockAssociationSet. */
    addSubnet(subnet) {
        const existing = this.subnets.get(subnet.id);
        const merged = {
            ...(existing ? merge(existing, subnet) : subnet),
            cidrs: uniqueCidrs([...(existing?.cidrs ?? []), ...subnet.cidrs]),
        };
        this.subnets.set(subnet.id, merged);
        this.present.add('subnets');
    }
    addNetwork(network) {
        const existing = this.networks.get(network.id);
        const merged = {
            ...(existing ? merge(existing, network) : network),
            cidrs: uniqueCidrs([...(existing?.cidrs ?? []), ...network.cidrs]),
        };
        this.networks.set(network.id, merged);
        this.present.add('networks');
    }
    addRoute(route) {
        this.routes.set(route.id, route);
        this.present.add('routes');
    }
    addRouteTable(table) {
        const existing = this.routeTables.get(table.id);
        this.routeTables.set(table.id, existing ? merge(existing, table) : table);
        for (const subnetId of table.subnetIds)
            this.associate(table.id, subnetId);
        this.present.add('routeTables');
    }
    /** Subnet listings name their route table too; both directions feed one association set. */
    associate(tableId, subnetId) {
        let subnets = this.associations.get(tableId);
        if (!subnets)
            this.associations.set(tableId, (subnets = new Set()));
        subnets.add(subnetId);
    }
    /** Attachments named by several listings of the same set are united. */
    addFirewallSet(set) {
        const existing = this.firewallSets.get(set.id);
        const union = (a, b) => a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].sort() : undefined;
        this.firewallSets.set(set.id, existing
            ? {
                ...merge(existing, set),
                subnetIds: union(existing.subnetIds, set.subnetIds),
                interfaceIds: union(existing.interfaceIds, set.interfaceIds),
            }
            : set);
        this.present.add('firewalls');
    }
    addFirewallRule(rule) {
        this.firewallRules.set(rule.id, rule);
        this.present.add('firewalls');
    }
    /** A policy listed twice (two dumps of the same scope) is kept once. */
    addPolicy(policy) {
        if (!this.policies.has(policy.id))
            this.policies.set(policy.id, policy);
    }
    addFlannel(config) {
        this.flannel.push(config);
        for (const cidr of [config.network, config.ipv6Network])
            if (cidr)
                this.clusterCidrs.push(cidr);
        this.present.add('flannel');
    }
    addClusterCidr(cidr) {
        this.clusterCidrs.push(cidr);
    }
    addGap(gap) {
        this.gaps.push(gap);
    }
    markPresent(kind) {
        this.present.add(kind);
    }
    addSource(source) {
        this.sources.push(source);
    }
    declareProvider(provider, reason) {
        this.declaredProvider ??= { provider, reason };
    }
    /** Keeps `item` for `join`, which `build` runs once with all the items collected for it. */
    collect(join, item) {
        const items = this.pending.get(join);
        if (items)
            items.push(item);
        else
            this.pending.set(join, [item]);
    }
    build(override, options = { nodeSelectors: [] }) {
        const joins = [...this.pending];
        this.pending.clear();
        for (const [join, items] of joins)
            join(items, this.sortedNodes(), options, this);
        const routeTables = [...this.routeTables.values()].map((table) => ({
            ...table,
            subnetIds: [...(this.associations.get(table.id) ?? [])].sort(),
        }));
        const nodes = this.sortedNodes();
        const instances = [...this.instances.values()];
        const { provider, reason } = override
            ? { provider: override, reason: 'set with --provider' }
            : (this.declaredProvider ?? inferProvider(nodes, instances));
        return {
            provider,
            providerReason: reason,
            clusterCidrs: uniqueCidrs(this.clusterCidrs),
            flannel: this.flannel,
            nodes,
            instances,
            interfaces: [...this.interfaces.values()].map((entry) => entry.iface),
            subnets: [...this.subnets.values()],
            networks: [...this.networks.values()],
            routes: [...this.routes.values()],
            routeTables,
            firewallSets: [...this.firewallSets.values()],
            firewallRules: [...this.firewallRules.values()],
            policies: [...this.policies.values()],
            gaps: this.gaps,
            present: this.present,
            sources: this.sources,
        };
    }
    sortedNodes() {
        return [...this.nodes.values()].sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.name, b.name));
    }
}
function inferProvider(nodes, instances) {
    const counts = new Map();
    for (const node of nodes)
        if (node.provider)
            counts.set(node.provider, (counts.get(node.provider) ?? 0) + 1);
    const byNodes = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (byNodes)
        return { provider: byNodes[0], reason: `from the providerID of ${byNodes[1]} of ${nodes.length} nodes` };
    const cloud = _model_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVIDERS */ .x.find((p) => instances.some((instance) => instance.provider === p));
    if (cloud)
        return { provider: cloud, reason: `from the ${cloud} instance data` };
    return {
        provider: 'baremetal',
        reason: 'no providerID and no cloud data: assumed bare metal (use --provider to change)',
    };
}


/***/ }),

/***/ 80769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   W0: () => (/* binding */ isAbsent),
/* harmony export */   aw: () => (/* binding */ ReadContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _model_cidr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1359);
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(16117);



/** Absent optional values: left out, null, or an empty string (kubectl and az print all three). */
function isAbsent(value) {
    return value === undefined || value === null || value === '';
}
const SHOWN_LENGTH = 60;
/** A value quoted in a message: JSON, cut short, since a wrong value can be a whole object or a megabyte string. */
function shown(value) {
    if (value === undefined)
        return '(missing)';
    const text = JSON.stringify(value);
    return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}
/**
 * What a format reader gets: where it is reading, somewhere to put what it read, and ways to complain precisely.
 * Readers parse first and call these only when parsing failed
 * (`parseCidr(value) ?? context.cidr(value, [...path, 'destRange'], ...)`): these complain, they are not parsers.
 */
class ReadContext {
    source;
    doc;
    builder;
    constructor(source, doc, builder) {
        this.source = source;
        this.doc = doc;
        this.builder = builder;
    }
    origin(path) {
        return { file: this.source.file, doc: this.doc, path };
    }
    fail(path, message) {
        const pos = this.source.position({ doc: this.doc, path });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(message), this.source.file, pos?.line, pos?.column);
    }
    /** A required CIDR: a malformed one is an input error naming the field. */
    cidr(value, path, what) {
        const cidr = (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCidr */ .GN)(value);
        if (!cidr)
            this.fail(path, `${what}: ${shown(value)} is not a valid CIDR`);
        return cidr;
    }
    ip(value, path, what) {
        const ip = (0,_model_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalIp */ .IZ)(value);
        if (!ip)
            this.fail(path, `${what}: ${shown(value)} is not a valid IP address`);
        return ip;
    }
    /** Optional values: absent is fine, malformed is not. */
    optionalIp(value, path, what) {
        return isAbsent(value) ? undefined : this.ip(value, path, what);
    }
    optionalCidr(value, path, what) {
        return isAbsent(value) ? undefined : this.cidr(value, path, what);
    }
}


/***/ }),

/***/ 51625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ SourceDocument)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
// EXTERNAL MODULE: ./lib/errors.js
var lib_errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/sources/input-limits.js + 1 modules
var input_limits = __nccwpck_require__(3998);
;// CONCATENATED MODULE: ./lib/sources/json-locate.js
/**
 * Finds the offsets of many values in a JSON text in one pass. A general JSON tree (jsonc-parser's parseTree)
 * builds a node for every value of the dump, when findings point at only a few of them; this walks a trie of the
 * wanted paths and skips everything else by bracket depth. It is one of the fast paths kept on measurement: see
 * docs/performance.md for what it saves, and test/robustness/json-locate.test.ts for the property test that holds
 * it to jsonc-parser's answers.
 */
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;
/**
 * A run of text without brackets: whitespace, commas, colons, literals and whole strings (escapes included). The
 * repetitions are bounded because each one holds a backtracking entry: unbounded, a dump of a million short strings
 * overflows the regular expression stack. Sticky, so that lastIndex says where to match and where it stopped.
 */
const FLAT = /(?:[^"[\]{}]+|"[^"\\]*(?:\\[^][^"\\]*){0,64}"){1,64}/y;
/** How deep a value may nest for SHALLOW to consume it whole: a cloud listing's item nests four or five levels. */
const SHALLOW_DEPTH = 6;
/**
 * A whole object or array nesting at most SHALLOW_DEPTH levels, in one call: skipping a listing item otherwise
 * costs a call of FLAT per bracket. Every choice is decided by the next character (text without brackets or
 * quotes is taken greedily, then comes a string, a nested value or the closing bracket), so a failing match
 * backtracks in linear time; members and escapes are bounded like FLAT's. The text is valid JSON (it was parsed),
 * so the closing bracket of a value is its own kind and need not be paired with the opening one.
 */
const SHALLOW = (() => {
    const plain = '[^"[\\]{}]*';
    const string = '"[^"\\\\]*(?:\\\\[^][^"\\\\]*){0,64}"';
    let value = `[[{]${plain}(?:${string}${plain}){0,256}[\\]}]`;
    for (let depth = 2; depth <= SHALLOW_DEPTH; depth++)
        value = `[[{]${plain}(?:(?:${string}|${value})${plain}){0,256}[\\]}]`;
    return new RegExp(value, 'y');
})();
/** Items skipped per call of SKIP_ITEMS. */
const SKIP_RUN = 32;
/**
 * SKIP_RUN shallow values, each followed by its comma: a listing's items before the next wanted one, many per call,
 * since one call per item spends more on the call than on the match.
 */
const SKIP_ITEMS = new RegExp(`(?:${SHALLOW.source}[ \\t\\n\\r]*,[ \\t\\n\\r]*){${SKIP_RUN}}`, 'y');
function isSpace(code) {
    return code === 32 || code === 10 || code === 13 || code === 9;
}
class Scanner {
    text;
    keys;
    /** Wanted values not found yet: at zero the walk unwinds at once instead of skipping the rest of the file. */
    remaining;
    constructor(text, wanted, 
    /** Record where the property name of a wanted member starts, rather than its value. */
    keys) {
        this.text = text;
        this.keys = keys;
        this.remaining = wanted;
    }
    space(at) {
        while (at < this.text.length && isSpace(this.text.charCodeAt(at)))
            at++;
        return at;
    }
    /** Offset just past the string that starts at `at` (an opening quote): quotes are found with indexOf. */
    endOfString(at) {
        for (let quote = this.text.indexOf('"', at + 1); quote !== -1; quote = this.text.indexOf('"', quote + 1)) {
            let backslashes = 0;
            while (this.text.charCodeAt(quote - 1 - backslashes) === BACKSLASH)
                backslashes++;
            if (backslashes % 2 === 0)
                return quote + 1;
        }
        return this.text.length;
    }
    /** Offset just past the value that starts at `at`. */
    skip(at) {
        const code = this.text.charCodeAt(at);
        if (code === QUOTE)
            return this.endOfString(at);
        if (code === OPEN_OBJECT || code === OPEN_ARRAY)
            return this.skipContainer(at, true);
        let i = at;
        while (i < this.text.length) {
            const c = this.text.charCodeAt(i);
            if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c))
                break;
            i++;
        }
        return i;
    }
    /**
     * Offset just past the object or array at `at`: by SHALLOW when it nests shallowly, else bracket by bracket,
     * trying SHALLOW once more on each direct member, so that one deep member (kubectl's managedFields) does not
     * leave its shallow siblings to the bracket loop, and no text is tried by SHALLOW more than twice.
     */
    skipContainer(at, tryMembers) {
        SHALLOW.lastIndex = at;
        if (SHALLOW.test(this.text))
            return SHALLOW.lastIndex;
        // Text between brackets (whitespace, numbers, whole strings) is consumed by one regular expression call in
        // native code; JavaScript only counts the brackets.
        let depth = 0;
        let i = at;
        while (i < this.text.length) {
            const c = this.text.charCodeAt(i);
            if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
                if (depth === 1 && tryMembers) {
                    i = this.skipContainer(i, false);
                    continue;
                }
                depth++;
                i++;
            }
            else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
                i++;
                if (--depth === 0)
                    return i;
            }
            else {
                FLAT.lastIndex = i;
                // No progress: a string with more escapes than FLAT takes at once, or one left open at the end of the text.
                i = FLAT.test(this.text) ? FLAT.lastIndex : this.endOfString(i);
            }
        }
        return this.text.length;
    }
    /**
     * Visits the value at `at` for the trie node; records wanted offsets (`keyAt` instead when it is a member whose
     * property name is wanted); returns the offset past the value.
     */
    visit(at, node, path, found, keyAt = at) {
        if (node.wanted) {
            found.set(JSON.stringify(path), this.keys ? keyAt : at);
            this.remaining--;
        }
        if (node.children.size === 0)
            return this.skip(at);
        const code = this.text.charCodeAt(at);
        if (code === OPEN_ARRAY)
            return this.visitArray(at, node, path, found);
        if (code === OPEN_OBJECT)
            return this.visitObject(at, node, path, found);
        return this.skip(at);
    }
    visitArray(at, node, path, found) {
        let i = this.space(at + 1);
        const wanted = [...node.children.keys()].filter((key) => typeof key === 'number').sort((a, b) => a - b);
        let nextWanted = 0;
        for (let index = 0; this.remaining > 0 && i < this.text.length && this.text.charCodeAt(i) !== CLOSE_ARRAY; index++) {
            while (nextWanted < wanted.length && wanted[nextWanted] < index)
                nextWanted++;
            // Items up to the next wanted one, SKIP_RUN at a time while they nest shallowly.
            for (let gap = (wanted[nextWanted] ?? Infinity) - index; gap >= SKIP_RUN; gap -= SKIP_RUN, index += SKIP_RUN) {
                SKIP_ITEMS.lastIndex = i;
                if (!SKIP_ITEMS.test(this.text))
                    break;
                i = SKIP_ITEMS.lastIndex;
            }
            const child = node.children.get(index);
            i = child ? this.visit(i, child, [...path, index], found) : this.skip(i);
            i = this.space(i);
            if (this.text.charCodeAt(i) === COMMA)
                i = this.space(i + 1);
        }
        return i + 1;
    }
    visitObject(at, node, path, found) {
        let i = this.space(at + 1);
        while (this.remaining > 0 && i < this.text.length && this.text.charCodeAt(i) !== CLOSE_OBJECT) {
            const keyStart = i;
            const keyEnd = this.endOfString(i);
            const key = JSON.parse(this.text.slice(i, keyEnd));
            i = this.space(keyEnd);
            if (this.text.charCodeAt(i) === COLON)
                i = this.space(i + 1);
            const child = node.children.get(key);
            i = child ? this.visit(i, child, [...path, key], found, keyStart) : this.skip(i);
            i = this.space(i);
            if (this.text.charCodeAt(i) === COMMA)
                i = this.space(i + 1);
        }
        return i + 1;
    }
}
/**
 * Offsets of the values at `paths` (keyed by JSON.stringify(path)), or with `keys` of the property names holding
 * them (list items: still their values); paths that do not exist are left out.
 */
function locateJsonPaths(text, paths, keys = false) {
    const root = { wanted: false, children: new Map() };
    for (const path of paths) {
        let node = root;
        for (const segment of path) {
            let child = node.children.get(segment);
            if (!child)
                node.children.set(segment, (child = { wanted: false, children: new Map() }));
            node = child;
        }
        node.wanted = true;
    }
    const found = new Map();
    const scanner = new Scanner(text, new Set(paths.map((path) => JSON.stringify(path))).size, keys);
    scanner.visit(scanner.space(0), root, [], found);
    return found;
}

// EXTERNAL MODULE: ./lib/sources/one-line.js
var one_line = __nccwpck_require__(16117);
;// CONCATENATED MODULE: ./lib/sources/text-scan.js
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const text_scan_COMMA = 0x2c;
const text_scan_COLON = 0x3a;
const HASH = 0x23;
const DASH = 0x2d;
const QUESTION = 0x3f;
const NEWLINE = 0x0a;
/**
 * At least the number of values JSON.parse makes of the text, looked at only as closely as `enough` needs. A value
 * takes a character and two take a comma between them (a container its two brackets), so a text of n characters holds
 * at most (n + 1) / 2 values: a text short enough for that to be within `enough` is not looked at, which with the
 * heap Node gives by default is every real dump. Otherwise: every value but the first follows a `[`, `{` or `,`,
 * counted with indexOf, inside strings too, which only over-estimates.
 */
function jsonValueBound(text, enough) {
    const byLength = Math.floor((text.length + 1) / 2);
    if (byLength <= enough)
        return byLength;
    return 1 + occurrences(text, ',') + occurrences(text, '[') + occurrences(text, '{');
}
function occurrences(text, char) {
    let count = 0;
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1))
        count++;
    return count;
}
function text_scan_isSpace(code) {
    return code === 0x20 || code === NEWLINE || code === 0x0d || code === 0x09;
}
/**
 * YAML: every node starts a word (a run of non-blank characters) or follows a `[`, `{`, `,` or a `:` before one of
 * those (`[:,:]` is two maps in a list), but for an empty block node (`key:` or `-` at the end of a line), of which a line holds one;
 * so words, those characters and lines bound the values. Nothing is skipped: whether a quote starts a string depends on context this pass does
 * not track, and skipping a false one would hide what follows, so words inside strings, block scalars and comments
 * count too (an over-estimate, never an under-estimate).
 *
 * Depth counts `[` and `{` that start a token, less `]` and `}`, and starts again at 0 on a line that starts at column
 * 0 with anything else than a flow indicator or a comment: there a block node starts, outside every flow collection.
 * That keeps unbalanced brackets in the strings of one item from adding up over a whole dump. Block collections
 * nest by indentation, which costs the parser nothing to refuse, except when written compactly on one line
 * (`- - - - x`): those `-` and `?` words count as depth too.
 */
function scanYaml(text) {
    let words = 0;
    let indicators = 0;
    let lines = 1;
    let depth = 0;
    let maxDepth = 0;
    let compact = 0;
    let compactLine = true;
    let previous = NEWLINE;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (text_scan_isSpace(code)) {
            if (code === NEWLINE) {
                lines++;
                compact = 0;
                compactLine = true;
            }
            previous = code;
            continue;
        }
        if (previous === NEWLINE && !isFlowIndicator(code) && code !== HASH)
            depth = 0;
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : NEWLINE;
        if (text_scan_isSpace(previous)) {
            words++;
            if (compactLine && (code === DASH || code === QUESTION) && text_scan_isSpace(next)) {
                if (++compact > maxDepth)
                    maxDepth = compact;
            }
            else
                compactLine = false;
        }
        if (code === OPEN_BRACKET || code === OPEN_BRACE) {
            indicators++;
            if ((text_scan_isSpace(previous) || isFlowIndicator(previous) || previous === text_scan_COLON) && ++depth > maxDepth)
                maxDepth = depth;
        }
        else if (code === text_scan_COMMA)
            indicators++;
        else if (code === text_scan_COLON && isFlowIndicator(next))
            indicators++;
        else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0)
            depth--;
        previous = code;
    }
    return { values: words + indicators + lines, depth: maxDepth };
}
function isFlowIndicator(code) {
    return (code === OPEN_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACKET || code === CLOSE_BRACE || code === text_scan_COMMA);
}

;// CONCATENATED MODULE: ./lib/sources/document.js






/**
 * A parsed input file. Values are parsed with the fastest parser for the syntax; source positions are
 * worked out only when a finding or an error needs one, so large clean dumps never pay for them.
 */
class SourceDocument {
    file;
    text;
    syntax;
    parsed;
    yamlDocs;
    yamlLines;
    constructor(file, text, syntax, parsed, yamlDocs, yamlLines) {
        this.file = file;
        this.text = text;
        this.syntax = syntax;
        this.parsed = parsed;
        this.yamlDocs = yamlDocs;
        this.yamlLines = yamlLines;
    }
    static async load(file) {
        let buffer;
        try {
            buffer = (0,input_limits/* readCapped */.EF)(file);
        }
        catch (error) {
            throw new lib_errors/* UserError */.yo(`cannot read file: ${error.code ?? String(error)}`, file);
        }
        if (!buffer)
            throw new lib_errors/* UserError */.yo(`file is larger than ${input_limits/* MAX_FILE_BYTES */.gZ / 1024 / 1024} MiB`, file);
        return await SourceDocument.parse(file, decode(buffer));
    }
    /** A document read from an API rather than a file: same reading, no source positions. */
    static fromValue(name, value) {
        return new SourceDocument(name, '', 'json', [value], [], undefined);
    }
    /** The parsed documents of the file (a YAML stream holds several), until released. */
    get values() {
        return this.parsed;
    }
    /**
     * Drops the parsed values once they are read into the snapshot: positions come from the text, and nothing else
     * needs the values, which for a large dump are tens of megabytes held until the end of the run.
     */
    releaseValues() {
        this.parsed = [];
    }
    /** True for API-read documents: findings about them have no file location. */
    get virtual() {
        return this.text === '';
    }
    /** Parses a file's text; async only for an invalid JSON text, whose error is located by a parser loaded then. */
    static async parse(file, raw) {
        const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        if (text.includes('\u0000'))
            throw new lib_errors/* UserError */.yo('not a text file (binary content)', file);
        const first = text.trimStart()[0];
        if (first === '{' || first === '[') {
            (0,input_limits/* refuseMany */.U0)(file, jsonValueBound(text, (0,input_limits/* valueBudget */.NN)(input_limits/* JSON_HEAP_PER_VALUE */.CQ)), input_limits/* JSON_HEAP_PER_VALUE */.CQ);
            const value = parseJson(text);
            if (value !== NOT_JSON)
                return new SourceDocument(file, text, 'json', (0,input_limits/* refuseDeep */.zM)(file, [value]), [], undefined);
            // YAML flow mappings also start with "{": only report the JSON error when YAML cannot read it either.
            const yaml = SourceDocument.tryYaml(file, text);
            if (yaml)
                return yaml;
            throw await SourceDocument.jsonError(file, text);
        }
        const yaml = SourceDocument.tryYaml(file, text, true);
        if (!yaml)
            throw new lib_errors/* UserError */.yo('empty file', file);
        return yaml;
    }
    static tryYaml(file, text, raise = false) {
        const shape = scanYaml(text);
        if (shape.depth > input_limits/* MAX_DEPTH */.lr)
            throw (0,input_limits/* tooDeep */.DI)(file);
        (0,input_limits/* refuseMany */.U0)(file, shape.values, input_limits/* YAML_HEAP_PER_VALUE */.HM);
        const lineCounter = new dist/* LineCounter */.HN();
        // The package's own unique-key check compares each key with every earlier one: minutes for a 1 MB mapping.
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
        const list = Array.isArray(docs) ? docs : [];
        const error = list.map((d) => d.errors[0] ?? duplicateKey(d)).find((e) => e !== undefined);
        if (error) {
            if ((0,input_limits/* isStackOverflow */.fF)(error))
                throw (0,input_limits/* tooDeep */.DI)(file);
            if (!raise)
                return undefined;
            const pos = lineCounter.linePos(error.pos[0]);
            throw new lib_errors/* UserError */.yo(`invalid YAML: ${firstLine(error.message)}`, file, pos.line, pos.col);
        }
        const values = list.map((d) => {
            try {
                return d.toJS({ maxAliasCount: 1000 });
            }
            catch (error) {
                if ((0,input_limits/* isStackOverflow */.fF)(error))
                    throw (0,input_limits/* tooDeep */.DI)(file);
                throw new lib_errors/* UserError */.yo(`invalid YAML: ${firstLine(error.message)}`, file);
            }
        });
        const present = values.filter((v) => v !== null && v !== undefined);
        if (present.length === 0)
            return undefined;
        return new SourceDocument(file, text, 'yaml', (0,input_limits/* refuseDeep */.zM)(file, values), list, lineCounter);
    }
    /** jsonc-parser names and places the first error; it is loaded here, since valid dumps never need it. */
    static async jsonError(file, text) {
        // The error-reporting parser recurses per level.
        if ((0,input_limits/* jsonTextDepth */.FI)(text) > input_limits/* MAX_DEPTH */.lr)
            return (0,input_limits/* tooDeep */.DI)(file);
        const { parse: parseJsonWithErrors, printParseErrorCode } = await __nccwpck_require__.e(/* import() */ 547).then(__nccwpck_require__.t.bind(__nccwpck_require__, 99547, 19));
        const errors = [];
        parseJsonWithErrors(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const error = errors[0];
        if (!error)
            return new lib_errors/* UserError */.yo('invalid JSON', file);
        const doc = new SourceDocument(file, text, 'json', [], [], undefined);
        const pos = doc.offsetToPosition(error.offset);
        const what = error.offset >= text.trimEnd().length
            ? 'unexpected end of input (truncated dump?)'
            : describeJsonError(printParseErrorCode(error.error));
        return new lib_errors/* UserError */.yo(`invalid JSON: ${what}`, file, pos.line, pos.column);
    }
    /**
     * Line and column of the value at `path` in document `doc`, when it can be found; with `key`, of the
     * property name that holds it instead (for "unknown property" errors).
     */
    position(origin, key = false) {
        if (this.syntax === 'json')
            return this.positions([origin], key)[0];
        const yamlDoc = this.yamlDocs[origin.doc];
        if (!yamlDoc || !this.yamlLines)
            return undefined;
        const node = key
            ? this.yamlKey(yamlDoc, origin.path)
            : origin.path.length === 0
                ? yamlDoc.contents
                : yamlDoc.getIn(origin.path, true);
        if (!(0,dist/* isNode */.Ll)(node) || !node.range)
            return undefined;
        const pos = this.yamlLines.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
    }
    /**
     * Positions of many values at once: one pass over a JSON text, however many findings point into it. With `keys`,
     * of the property names that hold them (an item of a list has none: its value's).
     */
    positions(origins, keys = false) {
        if (this.syntax === 'yaml')
            return origins.map((origin) => this.position(origin, keys));
        if (this.virtual)
            return origins.map(() => undefined);
        const found = locateJsonPaths(this.text, origins.map((origin) => origin.path), keys);
        const offsets = origins.map((origin) => found.get(JSON.stringify(origin.path)));
        const positions = this.offsetsToPositions(offsets.filter((offset) => offset !== undefined));
        let next = 0;
        return offsets.map((offset) => (offset === undefined ? undefined : positions[next++]));
    }
    yamlKey(yamlDoc, path) {
        const parent = path.length <= 1 ? yamlDoc.contents : yamlDoc.getIn(path.slice(0, -1), true);
        if (!(0,dist/* isMap */.jh)(parent))
            return undefined;
        return parent.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === path[path.length - 1])?.key;
    }
    offsetToPosition(offset) {
        return this.offsetsToPositions([offset])[0];
    }
    /** Line and column of each offset, counting newlines once up to the last one. */
    offsetsToPositions(offsets) {
        const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
        const positions = new Array(offsets.length);
        let line = 1;
        let lineStart = 0;
        for (const { offset, i } of order) {
            for (let next = this.text.indexOf('\n', lineStart); next !== -1 && next < offset; next = this.text.indexOf('\n', lineStart)) {
                line++;
                lineStart = next + 1;
            }
            positions[i] = { line, column: offset - lineStart + 1 };
        }
        return positions;
    }
}
const NOT_JSON = Symbol('not JSON');
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return NOT_JSON;
    }
}
/**
 * A key that repeats an earlier one of its mapping, as the error the package's own check would give, found in
 * one pass with a set per mapping. Keys are compared as that check does: scalars by value, anything else by identity.
 */
function duplicateKey(doc) {
    const pending = [doc.contents];
    while (pending.length > 0) {
        const node = pending.pop();
        if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                pending.push(item);
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const seen = new Set();
        for (const pair of node.items) {
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && !Number.isNaN(key.value)) {
                if (seen.has(key.value))
                    return new dist/* YAMLParseError */.XT(key.range ? [key.range[0], key.range[1]] : [0, 0], 'DUPLICATE_KEY', 'Map keys must be unique');
                seen.add(key.value);
            }
            else
                pending.push(key);
            pending.push(pair.value);
        }
    }
    return undefined;
}
/** Windows PowerShell 5 redirects (`kubectl get nodes -o json > nodes.json`) write UTF-16LE with a byte-order mark. */
function decode(buffer) {
    return buffer[0] === 0xff && buffer[1] === 0xfe ? buffer.toString('utf16le') : buffer.toString('utf8');
}
/** YAML errors quote the offending text, which can hold control characters. */
function firstLine(message) {
    return (0,one_line/* oneLine */.T)(message.split('\n')[0].trim());
}
function describeJsonError(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CQ: () => (/* binding */ JSON_HEAP_PER_VALUE),
  lr: () => (/* binding */ MAX_DEPTH),
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  PB: () => (/* binding */ TOO_DEEP),
  HM: () => (/* binding */ YAML_HEAP_PER_VALUE),
  fF: () => (/* binding */ isStackOverflow),
  FI: () => (/* binding */ jsonTextDepth),
  qF: () => (/* binding */ nestedTooDeep),
  EF: () => (/* binding */ readCapped),
  zM: () => (/* binding */ refuseDeep),
  U0: () => (/* binding */ refuseMany),
  DI: () => (/* binding */ tooDeep),
  NN: () => (/* binding */ valueBudget)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
;// CONCATENATED MODULE: ./lib/sources/input-limits.js



/** What an input file may be: the limits that keep a crafted file from exhausting memory, stack or time. */
/** Files larger than this are refused: no real dump of a 5,000-node cluster comes close. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
/**
 * Objects and lists nested deeper than this are refused: real dumps nest a few dozen levels at most, and the
 * position lookups, the YAML parser and error messages recurse once per level (a crafted file overflows the stack).
 */
const MAX_DEPTH = 128;
/**
 * Heap a parse takes per value the pre-scan counts, at the costliest shapes measured: JSON.parse of an object with
 * many keys (~75 bytes); for YAML, the `yaml` package's nodes, kept for positions, at `[:,:]` and `- - - -` lines
 * (~360). Real dumps cost less per counted value (YAML ~160, counted ~2.7 times per value).
 */
const JSON_HEAP_PER_VALUE = 80;
const YAML_HEAP_PER_VALUE = 400;
const CHUNK_BYTES = 1024 * 1024;
/**
 * The file's content, or undefined when it is larger than MAX_FILE_BYTES: refused from its size before reading
 * when it is a regular file, after reading that much when it is a pipe or device (`<(kubectl ...)`, /dev/zero).
 * Synchronous: files are read one after the other anyway, and the promise API reads a large file in many small
 * thread-pool round trips, each idle in between.
 */
function readCapped(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (info.size > MAX_FILE_BYTES)
            return undefined;
        if (info.isFile())
            return (0,external_node_fs_.readFileSync)(fd);
        const chunks = [];
        let total = 0;
        for (;;) {
            const buffer = Buffer.alloc(CHUNK_BYTES);
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                return Buffer.concat(chunks, total);
            total += bytesRead;
            if (total > MAX_FILE_BYTES)
                return undefined;
            chunks.push(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const TOO_DEEP = `objects and lists nested more than ${MAX_DEPTH} levels deep`;
/**
 * Values a parse may make: three quarters of the heap still free, at the worst cost per value, so that what passes
 * the pre-scan parses without Node aborting out of memory (an abort is no clear error and no exit 2). Real dumps cost
 * well under the worst, and a file of the costliest shape is refused by its reader right after.
 */
function valueBudget(heapPerValue) {
    const { heap_size_limit: limit, used_heap_size: used } = (0,external_node_v8_namespaceObject.getHeapStatistics)();
    return Math.floor(((limit - used) * 3) / 4 / heapPerValue);
}
function refuseMany(file, values, heapPerValue) {
    const budget = valueBudget(heapPerValue);
    if (values <= budget)
        return;
    const limitMb = Math.round((0,external_node_v8_namespaceObject.getHeapStatistics)().heap_size_limit / 1024 / 1024);
    throw new errors/* UserError */.yo(`too many values to parse in this process's memory (up to ${values} counted, room for ${budget} in a ${limitMb} MiB heap); if the file is genuine, give Node more (NODE_OPTIONS=--max-old-space-size=MiB)`, file);
}
function tooDeep(file) {
    return new errors/* UserError */.yo(TOO_DEEP, file);
}
function isStackOverflow(error) {
    return (error instanceof RangeError ||
        (error instanceof Error && error.message.includes('Maximum call stack size exceeded')));
}
/** For JSON held in a string of a document (net-conf.json), parsed by a reader. */
function nestedTooDeep(value) {
    return deeperThan(value, MAX_DEPTH);
}
function refuseDeep(file, values) {
    if (values.some(nestedTooDeep))
        throw tooDeep(file);
    return values;
}
/**
 * Descends at most `levels` levels itself, so it cannot overflow on the input it is guarding against. It visits
 * every value of every parsed file, so it walks containers in place rather than listing each one's values first
 * (docs/performance.md).
 */
function deeperThan(value, levels) {
    if (typeof value !== 'object' || value === null)
        return false;
    return containerDeeperThan(value, levels);
}
function containerDeeperThan(container, levels) {
    if (levels === 0)
        return true;
    if (Array.isArray(container)) {
        for (let i = 0; i < container.length; i++) {
            const item = container[i];
            if (typeof item === 'object' && item !== null && containerDeeperThan(item, levels - 1))
                return true;
        }
        return false;
    }
    for (const key in container) {
        const item = container[key];
        if (typeof item === 'object' && item !== null && containerDeeperThan(item, levels - 1))
            return true;
    }
    return false;
}
/** Bracket depth of JSON text, strings skipped; for text that JSON.parse refused. */
function jsonTextDepth(text) {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b)
            max = Math.max(max, ++depth);
        else if (c === 0x7d || c === 0x5d)
            depth--;
    }
    return max;
}


/***/ }),

/***/ 5031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ kubeconfigUserSecrets),
/* harmony export */   SC: () => (/* binding */ looksLikeKubeconfigContent),
/* harmony export */   U$: () => (/* binding */ registerKubeconfigContent),
/* harmony export */   fL: () => (/* binding */ registerEnvironment)
/* harmony export */ });
/* unused harmony export registerKubeconfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(38815);
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6796);




/**
 * Which credentials of a kubeconfig and of the environment are registered as secrets, and why:
 * - kubeconfig user: `token`, `password`, `client-key-data` (and the PEM key it encodes, line by line), the
 *   secret-named fields of `auth-provider.config` (access-token, refresh-token, client-secret, id-token), and of
 *   an `exec` plugin the values of secret-named `env` entries and of secret-named flags in `args`. Not
 *   `client-certificate-data`, `idp-certificate-authority-data` or `username`: public or identifying, not secret,
 *   and identities are what RBAC error messages name to help the user. Not every exec env value or argument
 *   either: they mostly carry regions, profiles and cluster names ("us-east-1"), and redacting those everywhere
 *   would blank out half of a report. The credential an exec plugin or token file actually produces is
 *   registered from the request itself (see kubernetes.ts).
 * - environment: the cloud keys the SDKs read (AWS_ACCESS_KEY_ID too, as aws-actions/configure-aws-credentials
 *   masks it), the private key and client secret of GOOGLE_APPLICATION_CREDENTIALS, vSphere passwords, GitHub
 *   tokens, and passwords written into proxy or govc URLs.
 */
const SECRET_NAME = /token|secret|passw(or)?d|credential|private.?key|api.?key|access.?key/i;
const ENV_SECRETS = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'AZURE_PASSWORD',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GOVC_PASSWORD',
    'VSPHERE_PASSWORD',
];
const ENV_URLS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'GOVC_URL'];
const GOOGLE_KEY_FIELDS = ['private_key', 'private_key_id', 'client_secret', 'refresh_token'];
/** A service-account key is about 2.3 KB; anything far larger is not one, and is not read into memory. */
const GOOGLE_KEY_MAX_BYTES = 1024 * 1024;
function isObj(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function decodedPem(base64) {
    if (typeof base64 !== 'string')
        return undefined;
    const text = Buffer.from(base64, 'base64').toString('utf8');
    return text.includes('-----BEGIN') ? text : undefined;
}
/** Values of `--token=X`, `--token X`, `--client-secret X`...; flags with other names are left alone. */
function secretArgs(args) {
    if (!Array.isArray(args))
        return [];
    const values = [];
    args.forEach((arg, i) => {
        const match = typeof arg === 'string' ? /^--?([^=]+)(?:=(.*))?$/s.exec(arg) : null;
        if (!match || !SECRET_NAME.test(match[1]))
            return;
        values.push(match[2] ?? args[i + 1]);
    });
    return values;
}
/** The secrets of one kubeconfig `user:` entry, in the file's own key names. */
function kubeconfigUserSecrets(user) {
    if (!isObj(user))
        return [];
    const values = [user.token, user.password, user['client-key-data'], decodedPem(user['client-key-data'])];
    const provider = user['auth-provider'];
    if (isObj(provider) && isObj(provider.config)) {
        for (const [key, value] of Object.entries(provider.config))
            if (SECRET_NAME.test(key))
                values.push(value);
    }
    const exec = user.exec;
    if (isObj(exec)) {
        if (Array.isArray(exec.env))
            for (const entry of exec.env)
                if (isObj(entry) && typeof entry.name === 'string' && SECRET_NAME.test(entry.name))
                    values.push(entry.value);
        values.push(...secretArgs(exec.args));
    }
    return values.filter((value) => value !== undefined && value !== null);
}
/** --kubeconfig and the input take a path or the content itself (as passed from a secret). */
function looksLikeKubeconfigContent(value) {
    return value.includes('\n') || /^\s*(apiVersion|clusters|kind)\s*:/.test(value) || value.trimStart().startsWith('{');
}
/** Registers the secrets of every user of a kubeconfig object (as parsed from YAML or JSON). */
function registerKubeconfig(config) {
    const users = isObj(config) && Array.isArray(config.users) ? config.users : [];
    for (const entry of users)
        if (isObj(entry))
            for (const value of kubeconfigUserSecrets(entry.user))
                (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(value);
}
/**
 * Registers the secrets of a kubeconfig given as text, before anything (a loader's parse error) can quote it.
 * Text that does not parse still has its values registered: the part after `key:` of every line, and lines
 * without a key (a wrapped base64 value) whole.
 */
function registerKubeconfigContent(text) {
    try {
        registerKubeconfig((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text));
        return;
    }
    catch {
        // Not YAML: fall through to the line-by-line values.
    }
    for (const line of text.split(/\r?\n|\r/)) {
        const keyed = /^\s*-?\s*[\w.-]+\s*:\s*(.*)$/.exec(line);
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)((keyed ? keyed[1] : line).replace(/^["']|["']$/g, ''));
    }
}
function urlPassword(value) {
    if (!value)
        return undefined;
    try {
        const password = new URL(value).password;
        return password ? decodeURIComponent(password) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The secret fields of a Google credentials file; a file that is missing, huge or not JSON adds nothing. */
async function googleKeySecrets(file) {
    if (!file)
        return [];
    try {
        // Non-blocking, so that a FIFO in the variable cannot hang the run at open.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const stat = await handle.stat();
            if (!stat.isFile() || stat.size > GOOGLE_KEY_MAX_BYTES)
                return [];
            const key = JSON.parse(await handle.readFile('utf8'));
            return isObj(key) ? GOOGLE_KEY_FIELDS.map((field) => key[field]) : [];
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // The SDK reports an unreadable key file itself, in its own words.
        return [];
    }
}
/** Registers the cloud credentials the SDKs will read from this environment. */
async function registerEnvironment(env) {
    for (const name of ENV_SECRETS)
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(env[name]);
    for (const name of ENV_URLS)
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(urlPassword(env[name]));
    for (const value of await googleKeySecrets(env.GOOGLE_APPLICATION_CREDENTIALS))
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(value);
}


/***/ }),

/***/ 93548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ loadInputs),
/* harmony export */   oL: () => (/* binding */ knownFormats),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(452);
/* harmony import */ var _io_roots_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(34849);
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4209);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(11817);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(80769);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(51625);








/** Extensions considered when walking a folder; files named explicitly are read whatever their name. */
const WALKED_EXTENSIONS = /\.(json|ya?ml)$/i;
/**
 * Symbolic links to files count: a ConfigMap mounted as a volume holds nothing else. In a confined run a link
 * leading outside the roots and the walked folder is not followed but named: the checkout may hold links
 * committed by a fork, pointing at the runner's secrets.
 */
async function isFile(entry, path, walk) {
    if (entry.isFile())
        return true;
    if (!entry.isSymbolicLink())
        return false;
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path).catch(() => undefined);
    if (target === undefined)
        return false;
    if (!(0,_io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .allowed */ .TQ)(target, walk.roots, [walk.top])) {
        walk.skipped.push({ file: path, reason: `a symbolic link leading ${_io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTSIDE_ROOTS */ .Cn}` });
        return false;
    }
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined))?.isFile() === true;
}
async function walkFolder(folder, walk) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { withFileTypes: true });
    const files = [];
    for (const entry of entries.sort((a, b) => (0,_model_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareText */ .n)(a.name, b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name);
        // Not push(...list): spread arguments overflow the stack beyond ~100,000 files.
        if (entry.isDirectory())
            for (const file of await walkFolder(path, walk))
                files.push(file);
        else if (WALKED_EXTENSIONS.test(entry.name) && (await isFile(entry, path, walk)))
            files.push(path);
    }
    return files;
}
/**
 * Paths named by the user or workflow are read wherever they are (`${{ runner.temp }}/dumps`), except one in the
 * checkout that a link (the path itself or a parent folder) turns into a path outside the roots.
 */
async function refuseEscape(path, roots) {
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path);
    if ((0,_io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .namedInside */ .Yw)(path, roots) && !(0,_io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .allowed */ .TQ)(target, roots)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`a symbolic link leads ${_io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTSIDE_ROOTS */ .Cn} (to ${target}): refusing to read it`, path);
    }
    return target;
}
function knownFormats(readers) {
    return readers.map((reader) => reader.producedBy).join('; ');
}
async function expand(paths, roots, skipped) {
    const files = [];
    for (const path of paths) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
        if (!info)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('no such file or folder', path);
        const top = await refuseEscape(path, roots);
        if (info.isDirectory()) {
            const found = await walkFolder(path, { roots, top, skipped });
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('folder holds no .json, .yaml or .yml file', path);
            for (const file of found)
                files.push({ file, explicit: false });
        }
        else
            files.push({ file: path, explicit: true });
    }
    // A file named twice (`check dumps/ dumps/nodes.json`) is read once, or its objects would be counted twice.
    const seen = new Set();
    return files.filter(({ file }) => {
        const key = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Reads one parsed document into the builder; returns false when it is in no known format. Recognition is by
 * content, document by document.
 */
async function readDocument(source, builder, readers) {
    const { file } = source;
    for (const [index, value] of source.values.entries()) {
        if (value === null || value === undefined)
            continue;
        if (Array.isArray(value) && value.length === 0) {
            builder.addSource({ file, format: 'empty list', items: 0 });
            continue;
        }
        const reader = readers.find((candidate) => candidate.matches(value));
        if (!reader)
            return false;
        const items = await reader.read(value, new _context_js__WEBPACK_IMPORTED_MODULE_5__/* .ReadContext */ .aw(source, index, builder));
        builder.addSource({ file, format: reader.id, items });
    }
    source.releaseValues();
    return true;
}
/** Reads every file into one builder; `roots` confine where symbolic links may lead (see FileRoots). */
async function loadInputs(paths, readers, builder = new _builder_js__WEBPACK_IMPORTED_MODULE_4__/* .SnapshotBuilder */ .Y(), roots = _io_roots_js__WEBPACK_IMPORTED_MODULE_3__/* .UNCONFINED */ .S1) {
    const unrecognised = [];
    const skipped = [];
    const documents = new Map();
    for (const { file, explicit } of await expand(paths, roots, skipped)) {
        const source = await _document_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceDocument */ .N.load(file);
        documents.set(file, source);
        if (await readDocument(source, builder, readers))
            continue;
        if (explicit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`not a format hostgw-preflight reads. Known formats: ${knownFormats(readers)}`, file);
        unrecognised.push(file);
        builder.addSource({ file, format: 'unrecognised', items: 0 });
    }
    return { builder, unrecognised, skipped, documents };
}


/***/ }),

/***/ 16117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/** Errors are one line: control characters and line breaks from names and values in the input are escaped. */
function oneLine(message) {
    return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 92076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ schemaError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(80769);
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(16117);



function toPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}
function describe(error) {
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown property ${(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(error.params.additionalProperty)}`;
        case 'enum':
            return `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        default:
            return error.message ?? 'is invalid';
    }
}
/** Turns the first JSON Schema error into one line at the file, line and column of the offending value or key. */
function schemaError(error, document, doc, what, hint) {
    const path = toPath(error.instancePath);
    const unknownKey = error.keyword === 'additionalProperties';
    const position = document.position({ doc, path: unknownKey ? [...path, String(error.params.additionalProperty)] : path }, unknownKey);
    const where = error.instancePath || '/';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(`${what}: ${where}: ${hint ?? describe(error)}`), document.file, position?.line, position?.column);
}


/***/ }),

/***/ 94251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ terraformKind)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62073);

/**
 * `terraform show -json tfplan` (format_version, terraform_version and planned_values / resource_changes /
 * configuration / prior_state) or `terraform show -json` of a state (values.root_module).
 */
function terraformKind(value) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) || typeof value.format_version !== 'string' || typeof value.terraform_version !== 'string')
        return undefined;
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.planned_values) ||
        Array.isArray(value.resource_changes) ||
        (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.configuration) ||
        (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.prior_state))
        return 'plan';
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value.values) && (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1)(value.values).root_module))
        return 'state';
    return undefined;
}


/***/ }),

/***/ 5885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ selectNodes),
/* harmony export */   Pf: () => (/* binding */ parseNodeSelector)
/* harmony export */ });
/* unused harmony exports selects, conventional */
/* harmony import */ var _model_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(53523);

/** After an address, what starts something inside it: `.` a module's resource, `[` a count/for_each instance. */
const INSIDE_ADDRESS = '.[';
/** Parses one selector; throws an Error whose message says what is wrong. */
function parseNodeSelector(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new Error('empty node selector');
    if (trimmed.startsWith('tag:')) {
        const body = trimmed.slice(4);
        const equals = body.indexOf('=');
        const key = equals < 0 ? body : body.slice(0, equals);
        if (key.trim() === '')
            throw new Error(`${JSON.stringify(text)}: tag selectors are tag:KEY or tag:KEY=VALUE`);
        return {
            kind: 'tag',
            text: trimmed,
            key: (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(key.trim()),
            value: equals < 0 ? undefined : (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(body.slice(equals + 1).trim()),
        };
    }
    if (/\s/.test(trimmed))
        throw new Error(`${JSON.stringify(text)}: a resource address has no spaces (use tag:KEY=VALUE for tags)`);
    // A resource or module address also selects everything inside it: its count/for_each instances, a module's resources.
    return { kind: 'address', text: trimmed, pattern: (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(trimmed) };
}
function selects(selector, machine) {
    if (selector.kind === 'address')
        return selector.pattern.matchesWithin(machine.address, INSIDE_ADDRESS);
    const labelled = Object.entries(machine.labels).some(([key, value]) => selector.key.matches(key) && (!selector.value || selector.value.matches(value)));
    // GCE network tags are bare words: tag:k8s-node.
    return labelled || (!selector.value && machine.networkTags.some((tag) => selector.key.matches(tag)));
}
/** Tag and label keys, and GCE network tags, that mark Kubernetes nodes in common setups. */
const CONVENTION_KEYS = [
    /^kubernetes\.io\/cluster\/./, // AWS cloud provider, kops, Rancher, EKS-style self-managed
    /^k8s\.io\/cluster-autoscaler\/./, // cluster-autoscaler auto-discovery tags on auto scaling groups
    /^k8s\.io\/role\/node$/,
    /^kubernetes\.io\/role\/node$/,
    /^(k8s|kubernetes)[-_]cluster([-_]name)?$/i, // GCE labels and Azure tags cannot hold "/" or "."
    /^k8s-azure-cluster-name$/,
    /^goog-k8s-cluster-name$/,
];
const CONVENTION_NETWORK_TAG = /(^|-)(k8s|kubernetes)-(node|worker|master|control-plane)s?($|-)/;
function conventional(machine) {
    return (Object.keys(machine.labels).some((key) => CONVENTION_KEYS.some((pattern) => pattern.test(key))) ||
        machine.networkTags.some((tag) => CONVENTION_NETWORK_TAG.test(tag)));
}
/**
 * The machines that are nodes: those the selectors select; without selectors, the conventionally tagged ones, or
 * every machine when none is tagged so.
 */
function selectNodes(machines, selectors) {
    if (selectors.length > 0)
        return new Set(machines.filter((machine) => selectors.some((selector) => selects(selector, machine))));
    const tagged = machines.filter(conventional);
    return new Set(tagged.length > 0 ? tagged : machines);
}


/***/ }),

/***/ 62073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   V0: () => (/* binding */ records),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/** Narrowing helpers for parsed JSON/YAML, where any field may be missing or of the wrong type. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
// Shared and frozen, so that no reader can add to what stands for a missing list or object.
const NO_ITEMS = Object.freeze([]);
const NO_FIELDS = Object.freeze({});
function list(value) {
    return Array.isArray(value) ? value : NO_ITEMS;
}
/**
 * The objects of a list, other items left out: the list itself when every item is one (nearly always), so that
 * reading a dump does not copy each of its lists (docs/performance.md).
 */
function records(value) {
    if (!Array.isArray(value))
        return NO_ITEMS;
    return value.every(isRecord) ? value : value.filter(isRecord);
}
/** The strings of a list (tags, names), other items left out: the list itself when every item is one. */
function strings(value) {
    if (!Array.isArray(value))
        return NO_ITEMS;
    return value.every(isString) ? value : value.filter(isString);
}
function isString(value) {
    return typeof value === 'string';
}
function bool(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true' || value === 'True')
        return true;
    if (value === 'false' || value === 'False')
        return false;
    return undefined;
}
function num(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    // A string of 400 digits is Infinity as a number.
    if (typeof value === 'string' && /^\d+$/.test(value) && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
function record(value) {
    return isRecord(value) ? value : NO_FIELDS;
}
/** The first of several spellings of a key that is present (az CLI versions differ in casing). */
function pick(object, ...keys) {
    for (const key of keys)
        if (object[key] !== undefined)
            return object[key];
    return undefined;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction),
  a: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(18909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: ./lib/io/workflow-commands.js
var workflow_commands = __nccwpck_require__(73658);
// EXTERNAL MODULE: ./lib/engine/baseline.js
var baseline = __nccwpck_require__(50263);
// EXTERNAL MODULE: ./lib/engine/check.js + 4 modules
var check = __nccwpck_require__(53456);
// EXTERNAL MODULE: ./lib/engine/fix.js + 1 modules
var engine_fix = __nccwpck_require__(84636);
// EXTERNAL MODULE: ./lib/engine/settings.js + 5 modules
var settings = __nccwpck_require__(42563);
// EXTERNAL MODULE: ./lib/engine/tool.js
var tool = __nccwpck_require__(56346);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/io/write.js
var write = __nccwpck_require__(78591);
// EXTERNAL MODULE: ./lib/model/secrets.js
var secrets = __nccwpck_require__(6796);
// EXTERNAL MODULE: ./lib/model/provider.js
var provider = __nccwpck_require__(42896);
// EXTERNAL MODULE: ./lib/report/markdown-escape.js
var markdown_escape = __nccwpck_require__(9809);
;// CONCATENATED MODULE: ./lib/report/fleet.js

/** The reports are files from the fork like any other input: a count that is not a number is shown as "?". */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : '?';
}
function topRules(byRule) {
    if (typeof byRule !== 'object' || byRule === null)
        return '';
    const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
    return Object.entries(byRule)
        .sort((a, b) => number(b[1]) - number(a[1]) || a[0].localeCompare(b[0]))
        .slice(0, 3)
        .map(([rule, n]) => `${(0,markdown_escape/* code */.aY)(rule)} ${count(n)}`)
        .join(', ');
}
/** The fleet view of a matrix workflow: one row per cluster report, failing clusters first. */
function renderFleetMarkdown(entries) {
    const failed = entries.filter((entry) => entry.summary.passed !== true).length;
    const rows = [...entries]
        .sort((a, b) => Number(a.summary.passed === true) - Number(b.summary.passed === true) ||
        (a.cluster ?? a.file).localeCompare(b.cluster ?? b.file))
        .map((entry) => {
        const { summary } = entry;
        return `| ${(0,markdown_escape/* code */.aY)(entry.cluster ?? entry.file)} | ${(0,markdown_escape/* code */.aY)(entry.provider)} | ${count(summary.nodes)} | ${count(summary.errors)} | ${count(summary.warnings)} | ${count(summary.notes)} | ${summary.passed === true ? '✅ passed' : '❌ failed'} | ${topRules(summary.byRule)} |`;
    });
    return [
        `## ${failed === 0 ? '✅' : '❌'} hostgw-preflight fleet: ${failed} of ${entries.length} clusters failing`,
        '',
        '| Cluster | Provider | Nodes | Errors | Warnings | Notes | Result | Top rules |',
        '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/report/index.js + 3 modules
var lib_report = __nccwpck_require__(12455);
// EXTERNAL MODULE: ./lib/report/types.js
var types = __nccwpck_require__(50603);
// EXTERNAL MODULE: ./lib/model/finding.js
var finding = __nccwpck_require__(65268);
// EXTERNAL MODULE: ./lib/rules/index.js + 20 modules
var rules = __nccwpck_require__(32798);
// EXTERNAL MODULE: ./lib/clouds/index.js + 54 modules
var clouds = __nccwpck_require__(47213);
// EXTERNAL MODULE: ./lib/sources/load.js
var load = __nccwpck_require__(93548);
;// CONCATENATED MODULE: ./lib/engine/formats.js


/** The commands that print every format the tool reads, for help texts and error messages. */
function knownFormats() {
    return (0,load/* knownFormats */.oL)(clouds/* FORMAT_READERS */.pg);
}

// EXTERNAL MODULE: ./lib/sources/document.js + 2 modules
var sources_document = __nccwpck_require__(51625);
// EXTERNAL MODULE: ./lib/sources/values.js
var values = __nccwpck_require__(62073);
;// CONCATENATED MODULE: ./lib/cli/merge.js



/** Reads the JSON reports of several clusters (`check --format json`) for the fleet table. */
async function readReports(files) {
    const entries = [];
    for (const file of files) {
        const value = (await sources_document/* SourceDocument */.N.load(file)).values[0];
        if (!(0,values/* isRecord */.u4)(value) || value.version !== 1 || !(0,values/* isRecord */.u4)(value.summary) || !Array.isArray(value.findings)) {
            throw new errors/* UserError */.yo('not a hostgw-preflight JSON report (check --format json)', file);
        }
        entries.push({
            file,
            cluster: (0,values/* str */.gx)(value.cluster),
            provider: (0,values/* str */.gx)(value.provider) ?? '?',
            summary: value.summary,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/cli/options.js
/** Repeatable flags: commander keeps every value; the settings builder checks each one. */
function collect(value, previous = []) {
    return [...previous, value];
}

;// CONCATENATED MODULE: ./lib/cli/main.js




















/**
 * In a workflow the runner parses what we print for workflow commands, and names in it come from the dumps.
 * A redirect to a file is not read by the runner and stays byte for byte.
 */
function writer(stream) {
    let runnerReads;
    return (text) => {
        runnerReads ??= process.env.GITHUB_ACTIONS === 'true' && !isFile(stream.fd);
        stream.write(runnerReads ? (0,workflow_commands/* neutraliseWorkflowCommands */.W)(text) : text);
    };
}
function isFile(fd) {
    try {
        return (0,external_node_fs_.fstatSync)(fd).isFile();
    }
    catch {
        return false;
    }
}
const processIo = {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    isTty: process.stdout.isTTY === true,
    env: process.env,
};
/** What the command line said, by option name, for the settings builder; commander only splits argv. */
function rawSettings(paths, command, io) {
    const given = command.opts();
    const values = {};
    for (const option of command.options) {
        const value = given[option.attributeName()];
        if (option.long && !option.negate && value !== undefined)
            values[option.long.slice(2)] = value;
    }
    const flags = (name) => command.options.find((option) => option.long === `--${name}`)?.flags ?? `--${name}`;
    return {
        paths,
        values,
        names: (0,settings/* cliNames */.jW)(flags),
        environment: { env: io.env, action: false },
        log: (line) => io.stderr(`hostgw-preflight: ${line}\n`),
    };
}
async function checkCommand(raw, flags, io) {
    const { check: options, fix, format } = await (0,settings/* buildSettings */.E6)(raw);
    const { report, unrecognised, skipped } = fix ? await (0,engine_fix/* runWithFixes */.b)(options, fix, raw.log) : await (0,check/* runCheck */.k_)(options);
    if (flags.writeBaseline) {
        await (0,baseline/* writeBaseline */.B9)(flags.writeBaseline, report.findings, options.files);
        io.stderr(`hostgw-preflight: ${report.findings.length} findings written to the baseline ${flags.writeBaseline}\n`);
    }
    for (const file of unrecognised)
        io.stderr(`hostgw-preflight: ${file}: skipped, not in a known format\n`);
    for (const { file, reason } of skipped)
        io.stderr(`hostgw-preflight: ${file}: skipped, ${reason}\n`);
    const color = flags.color ?? (flags.output === undefined && io.isTty && io.env.NO_COLOR === undefined);
    const text = (0,lib_report/* render */.XX)(format, report, { color });
    if (flags.output) {
        await (0,write/* writeFileSafely */.k)(flags.output, text, { label: '--output', roots: options.files });
        const { errors, warnings, notes, passed } = report.summary;
        io.stderr(`hostgw-preflight: ${errors} errors, ${warnings} warnings, ${notes} notes (fail-on: ${options.failOn}): ${passed ? 'passed' : 'FAILED'}; report written to ${flags.output}\n`);
    }
    else
        io.stdout(text);
    return report.summary.passed ? errors/* EXIT_OK */.Ij : errors/* EXIT_FINDINGS */.cB;
}
function listRules(format, io) {
    if (format === 'json')
        io.stdout(`${JSON.stringify(rules/* RULES */.y0.map((rule) => rule.meta), null, 2)}\n`);
    else
        for (const { id, severity, title } of rules/* RULES */.y0.map((rule) => rule.meta))
            io.stdout(`${id.padEnd(22)} ${severity.padEnd(8)} ${title}\n`);
    return errors/* EXIT_OK */.Ij;
}
/** Where the report goes and what fails the run. */
function reportOptions(command) {
    return command
        .option('-f, --format <format>', `output format: ${types/* FORMATS */.h.join(', ')} (default: ${settings/* DEFAULTS */.zY.format})`)
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .option('--fail-on <severity>', `exit 1 when a finding is at or above: ${settings/* FAIL_ON */.d$.join(', ')} (default: ${settings/* DEFAULTS */.zY['fail-on']})`)
        .option('--severity <severity>', `report only findings at or above: ${finding/* SEVERITIES */.o.join(', ')} (default: ${settings/* DEFAULTS */.zY.severity})`);
}
/** What the inputs cannot say (provider, cluster CIDRs, which machines are nodes), what to accept, the cluster's name. */
function judgingOptions(command) {
    return command
        .option('--provider <provider>', `override the inferred provider: ${provider/* PROVIDERS */.x.join(', ')}`)
        .option('--cluster-cidr <cidr>', 'cluster CIDR when no flannel ConfigMap is given (repeatable)', collect, [])
        .option('--node-selector <glob-or-tag>', 'Terraform: the machines that are Kubernetes nodes, by address glob or tag:KEY=VALUE (repeatable)', collect, [])
        .option('--ignore <rule[:target]>', 'suppress a rule, optionally for one node or resource (* wildcards; repeatable)', collect, [])
        .option('-c, --config <file>', `configuration file (default: ${settings/* DEFAULTS */.zY.config} if present)`)
        .option('--strict', 'report check-incomplete findings as errors')
        .option('--baseline <file>', 'accepted findings (from --write-baseline): still reported, never failing')
        .option('--write-baseline <file>', 'write the current findings as the new baseline')
        .option('--cluster-name <name>', 'name of the cluster, carried into the reports (for fleets)');
}
function liveOptions(command) {
    return command
        .option('--live', 'read the running cluster (kubeconfig) and its cloud (SDK default credentials)')
        .option('--kubeconfig <path-or-content>', 'kubeconfig file, or its content (default: KUBECONFIG, ~/.kube/config, in-cluster)')
        .option('--context <name>', 'kubeconfig context')
        .option('--aws-region <region>', "AWS region (default: from the nodes' providerIDs, then AWS_REGION)")
        .option('--aws-endpoint <url>', 'EC2 endpoint URL (AWS_ENDPOINT_URL_EC2 is honoured too)')
        .option('--gcp-project <project>', "GCP project (default: from the nodes' providerIDs)")
        .option('--gcp-endpoint <url>', 'Compute Engine API base URL (e.g. a Private Service Connect endpoint)')
        .option('--azure-subscription <id>', "Azure subscription (default: from the nodes' providerIDs)")
        .option('--azure-endpoint <url>', 'Azure Resource Manager URL')
        .option('--azure-environment <name>', `Azure cloud: ${settings/* AZURE_ENVIRONMENTS */.nY.join(', ')}`)
        .option('--timeout <seconds>', `time budget for all API calls in live mode (default: ${settings/* DEFAULTS */.zY.timeout})`)
        .option('--save-snapshot <dir>', 'with --live: write what was read, in the file formats, to this folder');
}
function fixOptions(command) {
    return command
        .addOption(new Option('--fix [mode]', 'remediation: plan (default) shows the plan in every output; apply carries it out (live mode only)').preset('plan'))
        .option('--fix-scope <scope>', `node: only the nodes' own resources; network: also associations, tags and shared routes (default: ${settings/* DEFAULTS */.zY['fix-scope']})`)
        .option('--prune', 'with --fix: delete stale routes too')
        .option('--max-changes <n>', `refuse a plan with more changes than this (unless --force) (default: ${settings/* DEFAULTS */.zY['max-changes']})`)
        .option('--force', 'apply a plan larger than --max-changes')
        .option('--plan-script <file>', 'write the plan as a reviewable shell script of aws/gcloud/az commands');
}
function addCheck(cli, io, done) {
    const check = cli
        .command('check')
        .description('check dumps of a cluster and its cloud (files or folders; formats are recognised by content)')
        .argument('[paths...]', 'files or folders to read (optional with --live)');
    // The help lists the options in the order they are added.
    for (const group of [reportOptions, judgingOptions, liveOptions, fixOptions])
        group(check);
    check
        .option('--color', 'force colours')
        .option('--no-color', 'disable colours')
        .addHelpText('after', `\nInput formats: ${knownFormats()}\n\nExit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or input error, 3 internal error.`)
        .action(async (paths, flags, command) => done(await checkCommand(rawSettings(paths, command, io), flags, io)));
}
function addMerge(cli, io, done) {
    cli
        .command('merge')
        .description('merge the JSON reports of several clusters into one fleet table (markdown)')
        .argument('<reports...>', 'JSON reports written by check --format json')
        .option('-o, --output <file>', 'write the table to a file instead of standard output')
        .option('--fail-on-any', 'exit 1 when any cluster failed')
        .action(async (files, flags) => {
        const entries = await readReports(files);
        const table = renderFleetMarkdown(entries);
        if (flags.output)
            await (0,write/* writeFileSafely */.k)(flags.output, table, {
                label: '--output',
                roots: await (0,settings/* fileRoots */.ee)({ env: io.env, action: false }),
            });
        else
            io.stdout(table);
        done(flags.failOnAny && entries.some((entry) => !entry.summary.passed) ? errors/* EXIT_FINDINGS */.cB : errors/* EXIT_OK */.Ij);
    });
}
function addRules(cli, io, done) {
    cli
        .command('rules')
        .description('list the rule catalogue')
        .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
        .action((flags) => done(listRules(flags.format, io)));
}
function main_program(io, done) {
    const cli = new Command('hostgw-preflight')
        .description('Checks that flannel host-gw (Windows: L2bridge) networking can work: cloud anti-spoofing off, one L2 subnet, a route per pod CIDR.')
        .version(tool/* TOOL */.j.version)
        .exitOverride()
        // Usage errors are one line, prefixed like every other error of the tool (commander puts suggestions on a second line).
        .configureOutput({
        writeOut: io.stdout,
        writeErr: io.stderr,
        outputError: (text, write) => write(`hostgw-preflight: ${text
            .replace(/^error: /, '')
            .replace(/\s*\n\s*(?=\S)/g, ' ')
            .trim()}\n`),
    })
        .showSuggestionAfterError();
    for (const add of [addCheck, addMerge, addRules])
        add(cli, io, done);
    return cli;
}
/** The CLI entry: parses argv, runs, and maps every outcome to an exit code. Never throws. */
async function runCli(argv, io = processIo) {
    let code = errors/* EXIT_OK */.Ij;
    try {
        const cli = main_program(io, (result) => (code = result));
        if (argv.length === 0) {
            io.stderr(cli.helpInformation());
            return errors/* EXIT_USAGE */.Ri;
        }
        await cli.parseAsync([...argv], { from: 'user' });
        return code;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // Help and version are "errors" to commander; they already printed what they had to.
            return error.code === 'commander.helpDisplayed' ||
                error.code === 'commander.version' ||
                error.code === 'commander.help'
                ? errors/* EXIT_OK */.Ij
                : errors/* EXIT_USAGE */.Ri;
        }
        if (error instanceof errors/* UserError */.yo) {
            io.stderr(`hostgw-preflight: ${error.format()}\n`);
            return errors/* EXIT_USAGE */.Ri;
        }
        io.stderr(`hostgw-preflight: internal error, please report it: ${(0,secrets/* redact */.E$)(error?.stack ?? String(error))}\n`);
        return errors/* EXIT_BUG */.Ce;
    }
}

;// CONCATENATED MODULE: ./lib/bundle.js
/** The one bundle dist/ holds; dist/cli.js and dist/index.js are thin entries into it. */


// google-gax (the GCE client) reads the CommonJS __dirname, which an ES module bundle lacks: point it at the
// bundle's folder, where ncc copies the assets the client looks for.
const shim = globalThis;
shim.__dirname ??= (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));

/** The Action and its GitHub client load only when the Action runs, keeping the CLI's start-up small. */
async function runAction() {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(101)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6101));
    await run();
}

var __webpack_exports__runAction = __webpack_exports__.C;
var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
