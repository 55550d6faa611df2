-- copydesk for Neovim: starts `copydesk lsp` for markdown and text buffers,
-- one client per project root, with the user's settings as init_options.
--
-- Works on Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and newer
-- (vim.lsp.start, which reuses a client per name and root by itself).

local M = {}

local defaults = {
  -- The server command; `copydesk` must be on PATH, or give a full path.
  cmd = { "copydesk", "lsp" },
  filetypes = { "markdown", "text" },
  -- A directory holding one of these (searched upwards) is the project root.
  root_markers = { "copydesk.toml", ".git" },
  -- Sent as initializationOptions and as the `copydesk` settings section:
  -- { rules = { ["unattributed-quote"] = "off" }, names = { reference = { "people.tsv" } } }
  settings = {},
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(defaults)

-- root directory -> client id (Neovim 0.7 only; newer versions track this themselves).
local clients = {}

local INSTALL_HINT = "install it with `cargo install --locked --path .` in the copydesk source tree, "
  .. "or pass `cmd = { '/full/path/to/copydesk', 'lsp' }` to require('copydesk').setup()"

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

local function parent(dir)
  local up = vim.fn.fnamemodify(dir, ":h")
  if up == dir then
    return nil
  end
  return up
end

--- The project root of a file: the nearest directory upwards with a root
--- marker, else the file's own directory (or the working directory).
function M.root_dir(fname)
  local start = fname ~= "" and vim.fn.fnamemodify(fname, ":p:h") or vim.loop.cwd()
  local dir = start
  while dir do
    for _, marker in ipairs(M.config.root_markers) do
      if exists(dir .. "/" .. marker) then
        return dir
      end
    end
    dir = parent(dir)
  end
  return start
end

-- Settings with Lua's empty tables made JSON objects, so `{}` is sent as `{}` not `[]`.
local function settings_object()
  local s = vim.deepcopy(M.config.settings or {})
  if s.rules == nil or vim.tbl_isempty(s.rules) then
    s.rules = vim.empty_dict()
  end
  if s.names ~= nil and vim.tbl_isempty(s.names) then
    s.names = nil
  end
  return s
end

local function client_config(root)
  local settings = settings_object()
  return {
    name = "copydesk",
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = {
      { uri = vim.uri_from_fname(root), name = root },
    },
    init_options = settings,
    -- Answers workspace/configuration for the `copydesk` section; also sent
    -- in workspace/didChangeConfiguration right after initialisation.
    settings = { copydesk = settings },
    capabilities = M.config.capabilities,
    on_attach = M.config.on_attach,
  }
end

local function is_running(id)
  local client = id and vim.lsp.get_client_by_id(id)
  return client ~= nil and not client.is_stopped()
end

--- Start (or reuse) the client for the buffer's project and attach it.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= "" then
    return
  end
  local root = M.root_dir(vim.api.nvim_buf_get_name(bufnr))
  if vim.lsp.start then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients[root]
  if not is_running(id) then
    id = vim.lsp.start_client(client_config(root))
    if not id then
      return nil
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Stop every copydesk client and start them again for the open buffers.
function M.restart()
  local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, client in ipairs(get_clients()) do
    if client.name == "copydesk" then
      client.stop()
    end
  end
  clients = {}
  vim.defer_fn(function()
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
        M.attach(buf)
      end
    end
  end, 500)
end

--- require("copydesk").setup({ settings = { rules = { ["unattributed-quote"] = "info" } } })
function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  -- Lists replace the defaults rather than merge into them.
  for _, key in ipairs({ "cmd", "filetypes", "root_markers" }) do
    if opts and opts[key] then
      M.config[key] = opts[key]
    end
  end
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    vim.notify(
      "copydesk: `" .. M.config.cmd[1] .. "` is not an executable; " .. INSTALL_HINT,
      vim.log.levels.ERROR
    )
    return
  end
  local group = vim.api.nvim_create_augroup("copydesk", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
    desc = "Start copydesk for drafts",
  })
  vim.api.nvim_create_user_command("CopydeskRestart", M.restart, { desc = "Restart the copydesk server" })
  -- Buffers opened before setup() ran.
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
      M.attach(buf)
    end
  end
end

return M
